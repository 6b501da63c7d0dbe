import type { JoinCode, ParticipantId, UserId, WorkshopId } from "../validation/ids";

/** Whether a workshop builds a new cluster or evaluates an existing one (same steps, different wording). */
export type WorkshopMode = "create" | "evaluate";

/** How an account was created: a password, single sign-on (OIDC) or an email sign-in link. */
export type AuthProvider = "credentials" | "oidc" | "email";

/** A facilitator account. */
export interface UserRecord {
  readonly id: UserId;
  readonly email: string;
  readonly name: string;
  /** null for accounts without a password (single sign-on, email links): password sign-in never succeeds. */
  readonly passwordHash: string | null;
  readonly createdAt: number;
  readonly authProvider: AuthProvider;
  /** When the address was proven (an email link was used), else null. */
  readonly emailVerifiedAt: number | null;
}

/** A new account: what createUser needs (the provider defaults to "credentials"). */
export type NewUser = Omit<UserRecord, "authProvider" | "emailVerifiedAt"> & Partial<Pick<UserRecord, "authProvider" | "emailVerifiedAt">>;

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
  /** The earlier workshop on the same cluster this one re-assesses (its profile can be overlaid), or null. */
  readonly previousWorkshopId: WorkshopId | null;
  /** The secret part of the read-only observer link (/o/<observerKey>). */
  readonly observerKey: string;
}

/** A new workshop: the re-assessment link defaults to null and the observer key is drawn when absent. */
export type NewWorkshop = Omit<WorkshopRecord, "previousWorkshopId" | "observerKey"> &
  Partial<Pick<WorkshopRecord, "previousWorkshopId" | "observerKey">>;

/** How a user relates to a workshop they may run: its owner ("facilitator") or an invited co-facilitator. */
export type FacilitatorRole = "facilitator" | "co-facilitator";

/** A dashboard row: the workshop, the viewer's role in it and how many participants take part. */
export interface WorkshopSummary {
  readonly workshop: WorkshopRecord;
  readonly role: FacilitatorRole;
  readonly participantCount: number;
}

/** An invitation to co-facilitate, keyed by email so it can wait for the invitee to create an account. */
export interface FacilitatorInvite {
  readonly workshopId: WorkshopId;
  readonly email: string;
  readonly invitedBy: UserId;
  readonly createdAt: number;
  /** Whether an account with this email exists (the invitation is in effect). */
  readonly hasAccount: boolean;
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
  /** Optional organisation the participant represents ('' when not given). */
  readonly organisation: string;
  /** SHA-256 of the device secret handed out at join (token renewal), or null for rows from before renewal. */
  readonly deviceSecretHash: string | null;
}

/** A new participant: organisation and device secret are optional. */
export type NewParticipant = Omit<ParticipantRecord, "organisation" | "deviceSecretHash"> &
  Partial<Pick<ParticipantRecord, "organisation" | "deviceSecretHash">>;

/** Accounts, workshops and participants: what the web app stores. */
export interface AppStore {
  /** Creates a user; `null` when the email is taken. */
  createUser(user: NewUser): Promise<UserRecord | null>;
  findUserByEmail(email: string): Promise<UserRecord | null>;
  findUserById(id: UserId): Promise<UserRecord | null>;
  /** Records that a user proved their address (an email link was used). */
  markEmailVerified(id: UserId, at: number): Promise<UserRecord | null>;
  /** The account an external identity (provider + subject, e.g. OIDC `sub`) is linked to. */
  findUserByIdentity(provider: string, subject: string): Promise<UserRecord | null>;
  /** Links an external identity to an account (idempotent). */
  linkIdentity(provider: string, subject: string, userId: UserId, now: number): Promise<void>;
  /** Stores a sign-in link's token (hashed by the caller) until it is used or expires. */
  createVerificationToken(token: { identifier: string; tokenHash: string; expiresAt: number }): Promise<void>;
  /** Uses up a sign-in link's token: returns and deletes it; null when unknown or already used. */
  useVerificationToken(identifier: string, tokenHash: string): Promise<{ identifier: string; tokenHash: string; expiresAt: number } | null>;

  /** Creates a workshop; `null` when its join code collides (the caller draws another). */
  createWorkshop(workshop: NewWorkshop): Promise<WorkshopRecord | null>;
  findWorkshop(id: WorkshopId): Promise<WorkshopRecord | null>;
  findWorkshopByCode(code: JoinCode): Promise<WorkshopRecord | null>;
  findWorkshopByObserverKey(key: string): Promise<WorkshopRecord | null>;
  /** Workshops a user owns (newest first). */
  listWorkshops(ownerId: UserId): Promise<WorkshopRecord[]>;
  /** Every workshop a user may run, owned or co-facilitated, with role and participant count (newest first). */
  listWorkshopSummaries(userId: UserId): Promise<WorkshopSummary[]>;
  /** The user's role in a workshop, or null when they may not run it (also when either does not exist). */
  facilitatorRole(workshopId: WorkshopId, userId: UserId): Promise<FacilitatorRole | null>;
  renameWorkshop(workshopId: WorkshopId, title: string): Promise<boolean>;
  /** Deletes a workshop with its participants, invitations and every stored document; false when it did not exist. */
  deleteWorkshop(workshopId: WorkshopId): Promise<boolean>;
  /** Invites an email to co-facilitate; false when it was already invited. */
  inviteFacilitator(invite: { workshopId: WorkshopId; email: string; invitedBy: UserId; createdAt: number }): Promise<boolean>;
  revokeFacilitator(workshopId: WorkshopId, email: string): Promise<boolean>;
  listFacilitatorInvites(workshopId: WorkshopId): Promise<FacilitatorInvite[]>;

  addParticipant(participant: NewParticipant): Promise<ParticipantRecord>;
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
  /**
   * Appends one update at once, synchronously, if the store can and it is idle (nothing waiting for a group commit,
   * no commit just now): returns the sequence number of the committed row. Returns undefined when it declines, and
   * the caller uses appendUpdate. Throws like appendUpdate rejects. Stores without synchronous writes leave it out.
   */
  appendUpdateNow?(name: string, update: Uint8Array): number | undefined;
  /** Replaces every update up to `throughSeq` by one snapshot, atomically; later updates are kept. */
  compactDoc(name: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;
  /** Names of stored documents that start with a prefix. */
  listDocs(prefix: string): Promise<string[]>;
}

/** The parts of AppStore each backend implements in one file (lib/db/<backend>-<part>.ts). */
export type AccountMethods = Pick<
  AppStore,
  | "createUser"
  | "findUserByEmail"
  | "findUserById"
  | "markEmailVerified"
  | "findUserByIdentity"
  | "linkIdentity"
  | "createVerificationToken"
  | "useVerificationToken"
>;
export type WorkshopMethods = Pick<
  AppStore,
  | "createWorkshop"
  | "findWorkshop"
  | "findWorkshopByCode"
  | "findWorkshopByObserverKey"
  | "listWorkshops"
  | "listWorkshopSummaries"
  | "facilitatorRole"
  | "renameWorkshop"
  | "deleteWorkshop"
  | "inviteFacilitator"
  | "revokeFacilitator"
  | "listFacilitatorInvites"
  | "setWorkshopClosed"
  | "setWorkshopArchived"
  | "workshopStatus"
>;
export type ParticipantMethods = Pick<AppStore, "addParticipant" | "findParticipant" | "listParticipants" | "removeParticipant" | "participantStatus">;
