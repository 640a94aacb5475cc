package vn.onestop.licensing.support;

import java.time.LocalDate;
import vn.onestop.licensing.application.rest.ApplicationRequest;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** Valid application drafts to start from. */
public final class ApplicationRequests {

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
}
