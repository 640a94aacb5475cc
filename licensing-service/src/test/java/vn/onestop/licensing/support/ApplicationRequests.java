package vn.onestop.licensing.support;

import java.time.LocalDate;
import vn.onestop.licensing.application.rest.ApplicationRequest;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** Valid application drafts to start from. */
public final class ApplicationRequests {

    /** The topics of the portal's guided application, one page each, in order. */
    public static final int PROJECT = 1;

    public static final int LOCATION_AND_LAND = 2;
    public static final int CAPITAL_AND_SCHEDULE = 3;
    public static final int EMPLOYEES = 4;
    public static final int ENVIRONMENTAL_CATEGORY = 5;

    private ApplicationRequests() {}

    public static ApplicationRequest inCategory(EnvironmentalCategory category) {
        return new ApplicationRequest(
                "Nhà máy linh kiện bán dẫn Sao Mai",
                "Đóng gói và kiểm thử chip bán dẫn (semiconductor packaging and testing)",
                "C2610",
                new ApplicationRequest.LocationDto("Khu công nghệ cao Hòa Lạc", "Khu CNC 1"),
                "12500.50",
                new ApplicationRequest.MoneyDto("250000000000", "VND"),
                new ApplicationRequest.ScheduleDto(
                        LocalDate.of(2027, 3, 1), LocalDate.of(2028, 6, 30)),
                350,
                category);
    }

    /** A draft saved before anything but the project's name was entered. */
    public static ApplicationRequest onlyNamed(String projectName) {
        return new ApplicationRequest(projectName, null, null, null, null, null, null, null, null);
    }

    /**
     * What the guided application has gathered once its pages up to {@code page} are filled in
     * (every field of those pages, nothing of the later ones), for a project in {@code category}.
     */
    public static ApplicationRequest upToPage(int page, EnvironmentalCategory category) {
        ApplicationRequest all = inCategory(category);
        return new ApplicationRequest(
                all.projectName(),
                page >= PROJECT ? all.objectives() : null,
                page >= PROJECT ? all.sectorCode() : null,
                page >= LOCATION_AND_LAND ? all.location() : null,
                page >= LOCATION_AND_LAND ? all.landAreaM2() : null,
                page >= CAPITAL_AND_SCHEDULE ? all.totalCapital() : null,
                page >= CAPITAL_AND_SCHEDULE ? all.plannedSchedule() : null,
                page >= EMPLOYEES ? all.expectedEmployees() : null,
                page >= ENVIRONMENTAL_CATEGORY ? all.environmentalCategory() : null);
    }
}
