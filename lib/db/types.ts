import type { JoinCode, ParticipantId, UserId, WorkshopId } from "../validation/ids";

/** Whether a workshop builds a new cluster or evaluates an existing one (same steps, different wording). */
export type WorkshopMode = "create" | "evaluate";

/** A facilitator account. */
export interface UserRecord {
  readonly id: UserId;
  readonly email: string;
  readonly name: string;
  readonly passwordHash: string;
  readonly createdAt: number;
}

/** A workshop as stored. */
export interface WorkshopRecord {
  readonly id: WorkshopId;
  readonly ownerId: UserId;
  readonly title: string;
  readonly region: string;
  readonly mode: WorkshopMode;
  readonly joinCode: JoinCode;
  readonly createdAt: number;
  /** Set when the facilitator closed the workshop: everyone may still read it, nobody may change it. */
  readonly closedAt: number | null;
  /** Set when archived: hidden from the dashboard's main list. */
  readonly archivedAt: number | null;
}

/** What the sync server needs to know about a workshop at connect time and while connections are open. */
export type WorkshopStatus = "open" | "closed" | "missing";
/** Whether a participant may still take part. */
export type ParticipantStatus = "active" | "removed" | "missing";

/** A participant who joined a workshop without an account. */
export interface ParticipantRecord {
  readonly id: ParticipantId;
  readonly workshopId: WorkshopId;
  readonly name: string;
  readonly sector: string;
  readonly createdAt: number;
  /** Set when a facilitator removed the participant: their connections close and tokens stop working. */
  readonly removedAt: number | null;
}

/** Accounts, workshops and participants: what the web app stores. */
export interface AppStore {
  /** Creates a user; `null` when the email is taken. */
  createUser(user: UserRecord): Promise<UserRecord | null>;
  findUserByEmail(email: string): Promise<UserRecord | null>;
  findUserById(id: UserId): Promise<UserRecord | null>;
  /** Creates a workshop; `null` when its join code collides (the caller draws another). */
  createWorkshop(workshop: WorkshopRecord): Promise<WorkshopRecord | null>;
  findWorkshop(id: WorkshopId): Promise<WorkshopRecord | null>;
  findWorkshopByCode(code: JoinCode): Promise<WorkshopRecord | null>;
  listWorkshops(ownerId: UserId): Promise<WorkshopRecord[]>;
  addParticipant(participant: ParticipantRecord): Promise<ParticipantRecord>;
  findParticipant(id: ParticipantId): Promise<ParticipantRecord | null>;
  listParticipants(workshopId: WorkshopId): Promise<ParticipantRecord[]>;
  /** Marks a participant removed (idempotent); false when no such participant in that workshop. */
  removeParticipant(workshopId: WorkshopId, participantId: ParticipantId, now: number): Promise<boolean>;
  /** Closes (read-only) or reopens a workshop; false when it does not exist. */
  setWorkshopClosed(workshopId: WorkshopId, closed: boolean, now: number): Promise<boolean>;
  /** Archives or unarchives a workshop; false when it does not exist. */
  setWorkshopArchived(workshopId: WorkshopId, archived: boolean, now: number): Promise<boolean>;
  workshopStatus(workshopId: WorkshopId): Promise<WorkshopStatus>;
  participantStatus(participantId: ParticipantId): Promise<ParticipantStatus>;
}

/** The Yjs update log of every document, keyed by room name. Appends are durable when the promise resolves. */
export interface DocStore {
  /** All stored updates of a document in order, and the sequence number of the last one (0 when empty). */
  loadDoc(name: string): Promise<{ updates: Uint8Array[]; lastSeq: number }>;
  /**
   * Appends one update; resolves once it is on disk, with the update's sequence number (increasing per store),
   * which the caller passes to compactDoc as `throughSeq`.
   */
  appendUpdate(name: string, update: Uint8Array): Promise<number>;
  /** Replaces every update up to `throughSeq` by one snapshot, atomically; later updates are kept. */
  compactDoc(name: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;
  /** Names of stored documents that start with a prefix. */
  listDocs(prefix: string): Promise<string[]>;
}
