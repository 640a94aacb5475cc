package vn.onestop.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.application.model.ApplicationStatus;
import vn.onestop.licensing.application.model.Money;
import vn.onestop.licensing.application.model.ProjectDetails;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.problem.ProblemType;
import vn.onestop.workflow.process.CaseStage;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** An application's life as the model allows it (plain objects, no application start). */
class ApplicationTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void shouldEditADraftButNothingSubmitted() {
        Application application = draft();
        application.edit(details("Nhà máy Sao Mai 2"), MONDAY.plusSeconds(60));
        assertThat(application.details().projectName()).isEqualTo("Nhà máy Sao Mai 2");
        assertThat(application.updatedAt()).isEqualTo(MONDAY.plusSeconds(60));

        submit(application);

        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.submittedAt()).isEqualTo(MONDAY.plusSeconds(120));
        assertRefused(
                () -> application.edit(details("Late change"), MONDAY.plusSeconds(180)),
                "application.no-longer.edited");
        assertRefused(() -> submit(application), "application.no-longer.submitted");
        assertThat(application.details().projectName()).isEqualTo("Nhà máy Sao Mai 2");
    }

    @Test
    void shouldFreezeTheDossierItWasSubmittedWith() {
        Application application = draft();

        submit(application);

        assertThat(application.contentHash()).isEqualTo("sha256-of-the-dossier");
        assertThat(application.ruleSet()).isEqualTo("VN-LI2025");
        assertThat(application.statutoryDueDate()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(application.investorName()).isEqualTo("Công ty Sao Mai");
    }

    @Test
    void shouldNeverMoveAnEndedCaseAgain() {
        for (ApplicationStatus end :
                EnumSet.of(
                        ApplicationStatus.LICENSED,
                        ApplicationStatus.REJECTED,
                        ApplicationStatus.LAPSED,
                        ApplicationStatus.WITHDRAWN)) {
            Application application = draft();
            submit(application);
            Instant endedAt = MONDAY.plusSeconds(600);

            application.moveTo(end, endedAt);

            assertThat(application.endedAt()).as("%s", end).isEqualTo(endedAt);
            assertRefused(
                    () -> application.moveTo(ApplicationStatus.APPRAISAL, MONDAY.plusSeconds(900)),
                    "application.ended");
            assertThat(application.status()).isEqualTo(end);
        }
    }

    @Test
    void shouldLeaveTheEndUnsetWhileTheCaseIsOpen() {
        Application application = draft();
        submit(application);

        application.moveTo(ApplicationStatus.SUPPLEMENT_REQUESTED, MONDAY.plusSeconds(300));
        application.rescheduleStatutoryDueDate(null, MONDAY.plusSeconds(300));

        assertThat(application.endedAt()).isNull();
        assertThat(application.statutoryDueDate())
                .as("unknown while a supplement is owed")
                .isNull();
        assertThat(application.status().isWithdrawable()).isTrue();
    }

    @Test
    void shouldPutEveryStageInAStatusThatIsOpenAndNotADraft() {
        for (CaseStage stage : CaseStage.values()) {
            ApplicationStatus status = ApplicationStatus.during(stage);
            assertThat(status.isEnded()).as("%s", stage).isFalse();
            assertThat(status).as("%s", stage).isNotEqualTo(ApplicationStatus.DRAFT);
        }
        assertThat(ApplicationStatus.during(CaseStage.CONSULTATION))
                .isEqualTo(ApplicationStatus.during(CaseStage.APPRAISAL));
    }

    @Test
    void shouldAllowWithdrawalOnlyBeforeTheApproverDecides() {
        Set<ApplicationStatus> withdrawable = EnumSet.noneOf(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (status.isWithdrawable()) {
                withdrawable.add(status);
            }
        }
        assertThat(withdrawable)
                .containsExactlyInAnyOrder(
                        ApplicationStatus.SUBMITTED,
                        ApplicationStatus.UNDER_REVIEW,
                        ApplicationStatus.SUPPLEMENT_REQUESTED,
                        ApplicationStatus.ENVIRONMENTAL_REVIEW,
                        ApplicationStatus.APPRAISAL);
    }

    @Test
    void shouldBelongToTheAccountThatCreatedIt() {
        Application application = draft();
        assertThat(application.isOwnedBy("https://login.example", "investor-1")).isTrue();
        assertThat(application.isOwnedBy("https://login.example", "investor-2")).isFalse();
        assertThat(application.isOwnedBy("https://other.example", "investor-1")).isFalse();
    }

    private static Application draft() {
        return Application.draft(
                "IRC-2026-000001",
                UUID.randomUUID(),
                "https://login.example",
                "investor-1",
                details("Nhà máy Sao Mai"),
                MONDAY);
    }

    private static void submit(Application application) {
        application.submit(
                "sha256-of-the-dossier",
                "VN-LI2025",
                LocalDate.of(2026, 12, 14),
                "Công ty Sao Mai",
                MONDAY.plusSeconds(120));
    }

    private static ProjectDetails details(String name) {
        return new ProjectDetails(
                name,
                "Đóng gói chip bán dẫn",
                "C2610",
                "Khu công nghệ cao Hòa Lạc",
                "Khu CNC 1",
                new BigDecimal("25000"),
                new Money(new BigDecimal("1200000000000"), "VND"),
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2028, 6, 30),
                350,
                EnvironmentalCategory.IV);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        ApplicationException.class,
                        e -> {
                            assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
                            assertThat(e.detail().key()).isEqualTo(key);
                        });
    }
}
