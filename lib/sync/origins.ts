/**
 * Transaction origins that mean something across modules. Origins are compared by identity, so each is a unique
 * symbol. Connection objects are the origin of updates a client sent; these name everything else.
 */

/** The sync server's own writes (the derived results document). Never sent by a client. */
export const SERVER_ORIGIN: unique symbol = Symbol("csei.server");
