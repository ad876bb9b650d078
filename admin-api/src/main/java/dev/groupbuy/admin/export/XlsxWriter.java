package dev.groupbuy.admin.export;

import dev.groupbuy.core.report.DealWorkbook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a {@link DealWorkbook} as an .xlsx file with Apache POI: bold headers, numbers as numbers. */
final class XlsxWriter {

    private XlsxWriter() {}

    static byte[] write(DealWorkbook workbook) {
        try (XSSFWorkbook xlsx = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = xlsx.createCellStyle();
            Font font = xlsx.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = xlsx.createCellStyle();
            money.setDataFormat(xlsx.createDataFormat().getFormat("0.00"));
            for (DealWorkbook.Sheet sheet : workbook.sheets()) {
                Sheet target = xlsx.createSheet(sheet.name());
                header(target.createRow(0), sheet.header(), bold);
                for (int r = 0; r < sheet.rows().size(); r++) {
                    cells(target.createRow(r + 1), sheet.rows().get(r), money);
                }
                for (int c = 0; c < sheet.header().size(); c++) {
                    target.setColumnWidth(c, 16 * 256);
                }
            }
            xlsx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }

    private static void header(Row row, List<String> names, CellStyle bold) {
        for (int c = 0; c < names.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(bold);
        }
    }

    private static void cells(Row row, List<Object> values, CellStyle money) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            Cell cell = row.createCell(c);
            if (value instanceof BigDecimal decimal) {
                cell.setCellValue(decimal.doubleValue());
                if (decimal.scale() == 2) {
                    cell.setCellStyle(money);
                }
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(String.valueOf(value));
            }
        }
    }
}
