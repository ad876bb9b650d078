package dev.groupbuy.admin.export;

import dev.groupbuy.core.report.DealWorkbook;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A workbook as an .xlsx download named after its title, for any controller that hands one out. */
public final class XlsxDownloads {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private XlsxDownloads() {}

    public static ResponseEntity<byte[]> of(DealWorkbook workbook) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(workbook.title() + ".xlsx", StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(XlsxWriter.write(workbook));
    }
}
