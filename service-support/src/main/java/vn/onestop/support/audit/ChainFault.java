package vn.onestop.support.audit;

/** Why a chain stopped verifying at a sequence number. */
public enum ChainFault {
    /** The record's content no longer hashes to its content hash: it was edited. */
    CONTENT_ALTERED,
    /** The stored chain hash is not the hash of its predecessor and its content. */
    HASH_MISMATCH,
    /** The sequence number expected here is missing: a record was deleted. */
    GAP,
    /** The record names another predecessor, which comes after it: records were swapped. */
    REORDERED,
    /** The record names a predecessor that is not the record before it. */
    LINK_BROKEN,
    /** The record differs from what a sealed checkpoint signed: the chain was rewritten. */
    CHECKPOINT_MISMATCH,
    /** A checkpoint's seal does not verify, or is not the authority's. */
    CHECKPOINT_INVALID,
    /** The chain ends before what the chain head or a checkpoint says it holds: it was cut. */
    TRUNCATED,
    /** A record carries no place in the chain: it was inserted behind the service's back. */
    UNCHAINED
}
