package vn.onestop.licensing.application.rest;

import java.math.BigDecimal;
import java.util.List;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.application.model.DossierRequirements;
import vn.onestop.licensing.application.model.Money;
import vn.onestop.licensing.application.model.ProjectDetails;

/** Between the API's records and the application model; a draft's missing fields stay null. */
final class ApplicationMapper {

    private ApplicationMapper() {}

    static ProjectDetails toDetails(ApplicationRequest request) {
        var location = request.location();
        var capital = request.totalCapital();
        var schedule = request.plannedSchedule();
        return new ProjectDetails(
                request.projectName(),
                request.objectives(),
                request.sectorCode(),
                location == null ? null : location.park(),
                location == null ? null : location.zone(),
                decimal(request.landAreaM2()),
                capital == null || (capital.amount() == null && capital.currency() == null)
                        ? null
                        : new Money(decimal(capital.amount()), capital.currency()),
                schedule == null ? null : schedule.constructionStart(),
                schedule == null ? null : schedule.operationStart(),
                request.expectedEmployees(),
                request.environmentalCategory());
    }

    static ApplicationResponse toResponse(Application application) {
        ProjectDetails details = application.details();
        return new ApplicationResponse(
                application.id(),
                application.reference(),
                application.investorId(),
                application.status(),
                details.projectName(),
                details.objectives(),
                details.sectorCode(),
                location(details),
                plain(details.landAreaM2()),
                capital(details.totalCapital()),
                new ApplicationRequest.ScheduleDto(
                        details.constructionStart(), details.operationStart()),
                details.expectedEmployees(),
                details.environmentalCategory(),
                List.copyOf(DossierRequirements.required(details.environmentalCategory())),
                List.copyOf(DossierRequirements.optional()),
                application.ruleSet(),
                application.contentHash(),
                application.submittedAt(),
                application.statutoryDueDate(),
                application.endedAt(),
                application.createdAt(),
                application.updatedAt(),
                application.version());
    }

    /**
     * The contract's Location always has its park, so a draft's location shows once the park is
     * given (a zone given alone is kept, and shown with the park).
     */
    private static ApplicationResponse.LocationDto location(ProjectDetails details) {
        return details.park() == null
                ? null
                : new ApplicationResponse.LocationDto(details.park(), details.zone());
    }

    /** Likewise, the contract's Money has both parts. */
    private static ApplicationResponse.MoneyDto capital(Money money) {
        return money == null || money.amount() == null || money.currency() == null
                ? null
                : new ApplicationResponse.MoneyDto(
                        money.amount().toPlainString(), money.currency());
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
