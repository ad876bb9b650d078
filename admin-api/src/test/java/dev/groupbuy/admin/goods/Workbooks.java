package dev.groupbuy.admin.goods;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A downloaded .xlsx read back with Apache POI: each sheet's name and cells as text or decimals. */
public record Workbooks(List<SheetData> sheets) {

    /**
     * @param rows cells are {@link String} or {@link BigDecimal}; a missing cell is an empty string
     * @param shown the same cells as Excel shows them ({@code 13.50} for money)
     */
    public record SheetData(String name, List<List<Object>> rows, List<List<String>> shown) {

        /** The first row whose first cell is {@code label}. */
        public List<Object> row(String label) {
            return rows.stream()
                    .filter(r -> !r.isEmpty() && label.equals(r.get(0)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no row '" + label + "' in sheet " + name));
        }

        public BigDecimal decimal(List<Object> row, int column) {
            return (BigDecimal) row.get(column);
        }
    }

    public static Workbooks read(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<SheetData> sheets = new ArrayList<>();
            DataFormatter formatter = new DataFormatter();
            for (Sheet sheet : workbook) {
                List<List<Object>> rows = new ArrayList<>();
                List<List<String>> shown = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    rows.add(cells(sheet.getRow(r)));
                    shown.add(shown(sheet.getRow(r), formatter));
                }
                sheets.add(new SheetData(sheet.getSheetName(), rows, shown));
            }
            return new Workbooks(sheets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell holding an amount, to the cent, or {@code null} when it is blank. */
    public static BigDecimal amountOrNull(List<Object> row, int column) {
        Object cell = column < row.size() ? row.get(column) : "";
        return cell instanceof BigDecimal amount ? amount.setScale(2, java.math.RoundingMode.HALF_UP) : null;
    }

    public SheetData sheet(int index) {
        return sheets.get(index);
    }

    private static List<String> shown(Row row, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        if (row != null) {
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(formatter.formatCellValue(row.getCell(c)));
            }
        }
        return cells;
    }

    private static List<Object> cells(Row row) {
        List<Object> cells = new ArrayList<>();
        if (row == null) {
            return cells;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            if (cell == null) {
                cells.add("");
            } else if (cell.getCellType() == CellType.NUMERIC) {
                BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
                cells.add(
                        value.stripTrailingZeros().scale() <= 0
                                ? value.setScale(0, java.math.RoundingMode.UNNECESSARY)
                                : value);
            } else {
                cells.add(cell.getStringCellValue());
            }
        }
        return cells;
    }
}
