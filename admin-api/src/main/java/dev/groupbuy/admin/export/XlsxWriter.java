package dev.groupbuy.admin.export;

import dev.groupbuy.core.report.DealWorkbook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link DealWorkbook} as an .xlsx file with Apache POI: bold headers and labels, numbers as numbers,
 * amounts with two decimals shown as money, fractions as percentages. Sheet names are made what Excel accepts (at most 31 characters,
 * none of {@code []:*?/\}, each once).
 */
final class XlsxWriter {

    private static final int MAX_SHEET_NAME = 31;

    private XlsxWriter() {}

    static byte[] write(DealWorkbook workbook) {
        try (XSSFWorkbook xlsx = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(xlsx);
            Set<String> names = new HashSet<>();
            for (DealWorkbook.Sheet sheet : workbook.sheets()) {
                Sheet target = xlsx.createSheet(sheetName(sheet.name(), names));
                header(target.createRow(0), sheet.header(), styles.bold);
                int columns = sheet.header().size();
                for (int r = 0; r < sheet.rows().size(); r++) {
                    List<Object> values = sheet.rows().get(r);
                    cells(target.createRow(r + 1), values, styles);
                    columns = Math.max(columns, values.size());
                }
                for (int c = 0; c < columns; c++) {
                    target.setColumnWidth(c, 16 * 256);
                }
            }
            xlsx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }

    /** A name Excel takes, not given to an earlier sheet of the workbook. */
    static String sheetName(String wanted, Set<String> taken) {
        String safe = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted);
        String name = safe;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = safe.substring(0, Math.min(safe.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return name;
    }

    private static void header(Row row, List<String> names, CellStyle bold) {
        for (int c = 0; c < names.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(bold);
        }
    }

    private static void cells(Row row, List<Object> values, Styles styles) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            Cell cell = row.createCell(c);
            if (value instanceof BigDecimal decimal) {
                cell.setCellValue(decimal.doubleValue());
                if (decimal.scale() == 2) {
                    cell.setCellStyle(styles.money);
                }
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof DealWorkbook.Percent percent) {
                cell.setCellValue(percent.fraction().doubleValue());
                cell.setCellStyle(styles.percent);
            } else if (value instanceof DealWorkbook.Label label) {
                cell.setCellValue(label.text());
                cell.setCellStyle(styles.bold);
            } else {
                cell.setCellValue(String.valueOf(value));
            }
        }
    }

    private static final class Styles {
        private final CellStyle bold;
        private final CellStyle money;
        private final CellStyle percent;

        Styles(XSSFWorkbook xlsx) {
            bold = xlsx.createCellStyle();
            Font font = xlsx.createFont();
            font.setBold(true);
            bold.setFont(font);
            money = xlsx.createCellStyle();
            money.setDataFormat(xlsx.createDataFormat().getFormat("0.00"));
            percent = xlsx.createCellStyle();
            percent.setDataFormat(xlsx.createDataFormat().getFormat("0.00%"));
        }
    }
}
