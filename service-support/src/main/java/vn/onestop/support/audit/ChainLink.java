package vn.onestop.support.audit;

/**
 * One record's place in the chain without its content. Exports carry these for the records between
 * a case's own ones, so the segment up to a signed checkpoint can be re-linked offline.
 */
public record ChainLink(long seq, String contentHash, String prevHash, String hash) {}
