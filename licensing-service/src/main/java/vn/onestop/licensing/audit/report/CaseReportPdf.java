package vn.onestop.licensing.audit.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import vn.onestop.licensing.audit.service.CaseAudit;
import vn.onestop.licensing.pdf.PdfFlow;
import vn.onestop.support.audit.AuditRecord;
import vn.onestop.workflow.limits.Deadlines;

/**
 * The case report an auditor files or hands over: the case, its processing-control sheet, the
 * signed decisions with the result of verifying them again, the documents and the merged timeline,
 * with the audit records' sequence numbers and hashes so each line can be traced to the chain.
 */
public final class CaseReportPdf {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(Deadlines.AUTHORITY_ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CaseReportPdf() {}

    public static byte[] render(
            CaseAudit.History history, CaseAudit.ProcessingControl control, Instant at) {
        CaseAudit.CaseSummary c = history.caseFile();
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Báo cáo kiểm tra hồ sơ " + c.reference());
            info.setSubject("Case audit report");
            try (PdfFlow pdf = new PdfFlow(document)) {
                pdf.centred(pdf.bold(), 15, "BÁO CÁO KIỂM TRA HỒ SƠ");
                pdf.centred(pdf.regular(), 11, "CASE AUDIT REPORT — " + c.reference());
                pdf.centred(pdf.regular(), 8, "Lập lúc / Generated " + TIME.format(at));
                pdf.gap(10);
                pdf.field("Dự án / Project", c.projectName());
                pdf.field("Nhà đầu tư / Investor", c.investorName() + " (" + c.investorId() + ")");
                pdf.field("Trạng thái / Status", c.status());
                pdf.field(
                        "Tiếp nhận / Received — Hẹn trả / Due — Trả kết quả / Returned",
                        time(c.submittedAt())
                                + " — "
                                + date(c.statutoryDueDate())
                                + " — "
                                + time(c.endedAt())
                                + " ("
                                + control.timeliness()
                                + ")");
                pdf.field(
                        "Thời hạn / Statutory clock",
                        history.clock() == null
                                ? "—"
                                : history.clock().daysUsed()
                                        + " / "
                                        + history.clock().limitDays()
                                        + " working days"
                                        + (history.clock().paused() ? ", paused" : ""));
                pdf.field("Mã băm hồ sơ / Dossier hash", c.dossierHash());

                pdf.heading("Phiếu kiểm soát quá trình / Processing control");
                for (CaseAudit.ControlStep step : control.steps()) {
                    pdf.paragraph(
                            pdf.bold(),
                            9,
                            step.step() + ": " + step.handedOverBy() + " → " + step.receivedBy());
                    pdf.paragraph(
                            pdf.regular(),
                            8,
                            12,
                            "received "
                                    + time(step.receivedAt())
                                    + ", due "
                                    + time(step.dueAt())
                                    + ", completed "
                                    + time(step.completedAt())
                                    + " — "
                                    + (step.result() == null ? "—" : step.result())
                                    + ", "
                                    + step.timeliness());
                }

                pdf.heading("Quyết định đã ký / Signed decisions");
                for (CaseAudit.DecisionCheck d : history.decisions()) {
                    pdf.paragraph(
                            pdf.bold(),
                            9,
                            d.stage()
                                    + " — "
                                    + d.outcome()
                                    + " — "
                                    + d.official()
                                    + ", "
                                    + time(d.decidedAt()));
                    pdf.paragraph(
                            pdf.regular(),
                            8,
                            12,
                            "document "
                                    + d.documentHash()
                                    + (d.validNow()
                                            ? " — signature valid now"
                                            : " — NOT VALID: " + String.join("; ", d.problems())));
                }

                pdf.heading("Tài liệu / Documents");
                for (CaseAudit.DocumentVersion v : history.documents()) {
                    pdf.paragraph(
                            pdf.regular(),
                            8,
                            v.type()
                                    + " v"
                                    + v.version()
                                    + " "
                                    + v.filename()
                                    + " — sha256 "
                                    + v.sha256()
                                    + (v.supersededAt() == null ? "" : " (superseded)"));
                }

                pdf.heading("Diễn biến / Timeline");
                for (CaseAudit.Entry e : history.timeline()) {
                    pdf.paragraph(
                            pdf.regular(),
                            8,
                            time(e.at())
                                    + "  "
                                    + e.source()
                                    + "  "
                                    + e.type()
                                    + (e.actor() == null ? "" : "  " + e.actor()));
                }

                pdf.heading("Nhật ký kiểm toán / Audit records");
                List<AuditRecord> records = history.auditRecords();
                for (AuditRecord r : records) {
                    pdf.paragraph(
                            pdf.regular(),
                            7,
                            "#"
                                    + r.seq()
                                    + " "
                                    + r.eventType()
                                    + " "
                                    + r.outcome()
                                    + " "
                                    + r.actorUsername()
                                    + " "
                                    + time(r.occurredAt())
                                    + " hash "
                                    + r.hash());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the report of " + c.reference(), e);
        }
    }

    private static String time(Instant at) {
        return at == null ? "—" : TIME.format(at);
    }

    private static String date(LocalDate day) {
        return day == null ? "—" : DATE.format(day);
    }
}
