package vn.onestop.investor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.onestop.investor.investor.model.InvestorStatus;
import vn.onestop.investor.investor.persistence.InvestorRepository;
import vn.onestop.investor.investor.service.InvestorVerificationService;
import vn.onestop.investor.support.ApiTest;
import vn.onestop.investor.support.InvestorApi;
import vn.onestop.support.audit.AuditEvent;
import vn.onestop.support.audit.AuditEventRepository;
import vn.onestop.support.audit.AuditTrail;
import vn.onestop.support.security.Actor;
import vn.onestop.support.testing.TestTokens;

/** Audit records exist exactly when the change they describe was committed. */
@QuarkusTest
class AuditTrailTest extends ApiTest {

    private final AuditEventRepository events;
    private final AuditTrail trail;
    private final InvestorRepository investors;
    private final InvestorVerificationService verification;

    AuditTrailTest(
            AuditEventRepository events,
            AuditTrail trail,
            InvestorRepository investors,
            InvestorVerificationService verification) {
        this.events = events;
        this.trail = trail;
        this.investors = investors;
        this.verification = verification;
    }

    @Test
    void shouldRecordWhoChangedWhatAndWhenWithEachChange() {
        Instant before = Instant.now().minus(Duration.ofSeconds(1));
        var account = TestTokens.newAccount().roles("reception");
        var record = InvestorApi.registerIndividual();
        InvestorApi.decide(account.sign(), record, "reject", "Wrong passport number");

        var trailOfRecord = events.forTarget("investor", record.id());

        assertThat(trailOfRecord)
                .extracting(AuditEvent::action)
                .containsExactly("INVESTOR_REGISTERED", "INVESTOR_REJECTED");
        AuditEvent rejection = trailOfRecord.get(1);
        assertThat(rejection.actorSubject()).isEqualTo(account.subject());
        assertThat(rejection.actorRoles()).isEqualTo("reception");
        assertThat(rejection.occurredAt()).isAfter(before).isBefore(Instant.now());
        assertThat(rejection.details())
                .containsEntry("from", "PENDING_VERIFICATION")
                .containsEntry("to", "REJECTED")
                .containsEntry("reason", "Wrong passport number");
    }

    @Test
    void shouldRollBackTheAuditRecordWithTheChange() {
        var record = InvestorApi.registerIndividual();
        UUID id = UUID.fromString(record.id());
        Actor official =
                new Actor(TestTokens.ISSUER, "official-" + id, "official", Set.of("reception"));

        assertThatThrownBy(
                        () ->
                                QuarkusTransaction.requiringNew()
                                        .run(
                                                () -> {
                                                    verification.verify(official, id, "\"0\"");
                                                    throw new IllegalStateException(
                                                            "failure after the change");
                                                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("failure after the change");

        assertThat(investors.findById(id).status()).isEqualTo(InvestorStatus.PENDING_VERIFICATION);
        assertThat(events.forTarget("investor", record.id()))
                .extracting(AuditEvent::action)
                .containsExactly("INVESTOR_REGISTERED");
    }

    @Test
    void shouldRefuseToWriteAnAuditRecordOutsideATransaction() {
        Actor someone = new Actor(TestTokens.ISSUER, "x", "x", Set.of());

        assertThatThrownBy(() -> trail.record(someone, "NOTHING", "investor", "x", Map.of()))
                .isInstanceOf(TransactionalException.class);
    }
}
