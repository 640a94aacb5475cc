package vn.onestop.support.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verifier on chains built in memory: each kind of damage, named at its sequence number. */
class ChainVerifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldPassAnIntactChain() {
        ChainReport report = verify(chain(5), List.of());

        assertThat(report.intact()).isTrue();
        assertThat(report.recordsChecked()).isEqualTo(5);
        assertThat(report.toSequence()).isEqualTo(5);
    }

    @Test
    void shouldNameAnEditedRecord() {
        List<AuditRecord> records = chain(5);
        AuditRecord third = records.get(2);
        records.set(
                2,
                new AuditRecord(
                        third.seq(),
                        third.occurredAt(),
                        third.service(),
                        third.eventType(),
                        third.outcome(),
                        third.location(),
                        third.clientId(),
                        third.sourceIp(),
                        third.actorIssuer(),
                        third.actorSubject(),
                        "mallory",
                        third.actorRoles(),
                        third.targetType(),
                        third.targetId(),
                        third.details(),
                        third.contentHash(),
                        third.prevHash(),
                        third.hash()));

        assertBroken(verify(records, List.of()), 3, ChainFault.CONTENT_ALTERED);
    }

    @Test
    void shouldNameAMissingRecord() {
        List<AuditRecord> records = chain(5);
        records.remove(3);

        assertBroken(verify(records, List.of()), 4, ChainFault.GAP);
    }

    @Test
    void shouldNameASwappedPair() {
        List<AuditRecord> records = chain(5);
        AuditRecord second = records.get(1);
        AuditRecord third = records.get(2);
        records.set(1, renumbered(third, 2));
        records.set(2, renumbered(second, 3));

        assertBroken(verify(records, List.of()), 2, ChainFault.REORDERED);
    }

    @Test
    void shouldNameTheCutEnd() {
        List<AuditRecord> records = chain(5);
        records.remove(4);

        ChainVerifier verifier = new ChainVerifier("test", 1, AuditRecord.GENESIS, List.of());
        records.forEach(verifier::accept);

        assertBroken(verifier.finish(5), 5, ChainFault.TRUNCATED);
    }

    @Test
    void shouldNameTheFirstRewrittenRecordAgainstACheckpoint() {
        List<AuditRecord> original = chain(6);
        Checkpoint sealed =
                new Checkpoint(
                        "test",
                        1,
                        6,
                        original.stream().map(AuditRecord::hash).toList(),
                        Instant.EPOCH,
                        "jws");
        List<AuditRecord> rewritten = new ArrayList<>(original.subList(0, 3));
        String prev = rewritten.get(2).hash();
        for (AuditRecord record : original.subList(3, 6)) {
            AuditRecord changed =
                    new AuditRecord(
                                    record.seq(),
                                    record.occurredAt(),
                                    record.service(),
                                    "REWRITTEN",
                                    record.outcome(),
                                    record.location(),
                                    record.clientId(),
                                    record.sourceIp(),
                                    record.actorIssuer(),
                                    record.actorSubject(),
                                    record.actorUsername(),
                                    record.actorRoles(),
                                    record.targetType(),
                                    record.targetId(),
                                    record.details(),
                                    null,
                                    null,
                                    null)
                            .chainedAt(record.seq(), prev);
            prev = changed.hash();
            rewritten.add(changed);
        }

        assertThat(verify(rewritten, List.of()).intact()).isTrue();
        assertBroken(verify(rewritten, List.of(sealed)), 4, ChainFault.CHECKPOINT_MISMATCH);
    }

    @Test
    void shouldLinkRecordsOfWhichOnlyTheHashesAreKnown() {
        List<AuditRecord> records = chain(4);
        ChainVerifier verifier = new ChainVerifier("test", 1, AuditRecord.GENESIS, List.of());
        verifier.accept(records.get(0));
        verifier.accept(records.get(1).link());
        verifier.accept(records.get(2).link());
        verifier.accept(records.get(3));

        assertThat(verifier.finish(4).intact()).isTrue();
    }

    @Test
    void shouldKeepLogLinesSingle() {
        assertThat(AuditContext.singleLine("GET /x\r\nX-Injected: yes", 300))
                .isEqualTo("GET /x??X-Injected: yes");
        assertThat(AuditContext.singleLine("abcdef", 3)).isEqualTo("abc");
    }

    private static ChainReport verify(List<AuditRecord> records, List<Checkpoint> checkpoints) {
        ChainVerifier verifier = new ChainVerifier("test", 1, AuditRecord.GENESIS, checkpoints);
        records.forEach(verifier::accept);
        return verifier.finish(records.get(records.size() - 1).seq());
    }

    private static void assertBroken(ChainReport report, long seq, ChainFault fault) {
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBrokenSequence()).as(report.detail()).isEqualTo(seq);
        assertThat(report.fault()).as(report.detail()).isEqualTo(fault);
    }

    private static AuditRecord renumbered(AuditRecord record, long seq) {
        return new AuditRecord(
                seq,
                record.occurredAt(),
                record.service(),
                record.eventType(),
                record.outcome(),
                record.location(),
                record.clientId(),
                record.sourceIp(),
                record.actorIssuer(),
                record.actorSubject(),
                record.actorUsername(),
                record.actorRoles(),
                record.targetType(),
                record.targetId(),
                record.details(),
                record.contentHash(),
                record.prevHash(),
                record.hash());
    }

    private static List<AuditRecord> chain(int length) {
        List<AuditRecord> records = new ArrayList<>();
        String prev = AuditRecord.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditRecord record =
                    new AuditRecord(
                                    0,
                                    Instant.parse("2026-03-01T08:00:00Z").plusSeconds(i),
                                    "test",
                                    "EVENT_" + i,
                                    "SUCCESS",
                                    "POST /things",
                                    "portal",
                                    "127.0.0.1",
                                    "https://issuer",
                                    "subject-" + i,
                                    "user" + i,
                                    "reception",
                                    "application",
                                    "id-" + i,
                                    JSON.createObjectNode().put("n", "Hồ sơ " + i),
                                    null,
                                    null,
                                    null)
                            .chainedAt(i, prev);
            prev = record.hash();
            records.add(record);
        }
        return records;
    }
}
