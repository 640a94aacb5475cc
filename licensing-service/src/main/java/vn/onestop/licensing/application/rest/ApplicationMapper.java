package vn.onestop.licensing.application.rest;

import java.math.BigDecimal;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.application.model.Money;
import vn.onestop.licensing.application.model.ProjectDetails;

/** Between the API's records and the application model. */
final class ApplicationMapper {

    private ApplicationMapper() {}

    static ProjectDetails toDetails(ApplicationRequest request) {
        var schedule = request.plannedSchedule();
        return new ProjectDetails(
                request.projectName(),
                request.objectives(),
                request.sectorCode(),
                request.location().park(),
                request.location().zone(),
                new BigDecimal(request.landAreaM2()),
                new Money(
                        new BigDecimal(request.totalCapital().amount()),
                        request.totalCapital().currency()),
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
                new ApplicationRequest.LocationDto(details.park(), details.zone()),
                details.landAreaM2().toPlainString(),
                new ApplicationRequest.MoneyDto(
                        details.totalCapital().amount().toPlainString(),
                        details.totalCapital().currency()),
                new ApplicationRequest.ScheduleDto(
                        details.constructionStart(), details.operationStart()),
                details.expectedEmployees(),
                details.environmentalCategory(),
                application.ruleSet(),
                application.contentHash(),
                application.submittedAt(),
                application.statutoryDueDate(),
                application.endedAt(),
                application.createdAt(),
                application.updatedAt(),
                application.version());
    }
}
