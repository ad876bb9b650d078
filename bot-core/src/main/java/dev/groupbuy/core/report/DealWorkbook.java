package dev.groupbuy.core.report;

import java.util.List;

/**
 * A spreadsheet, as data: sheets of rows whose cells are text, whole numbers, decimals (amounts with two
 * decimals are money) or labels (text set off in bold, such as the header of a second table further down a
 * sheet). An adapter writes it as .xlsx.
 */
public record DealWorkbook(String title, List<Sheet> sheets) {

    public DealWorkbook {
        sheets = List.copyOf(sheets);
    }

    /** Text shown as a label (bold). */
    public record Label(String text) {}

    /** A fraction shown as a percentage: {@code 0.125} is 12.50%. */
    public record Percent(java.math.BigDecimal fraction) {}

    /**
     * @param rows cells are {@link String}, {@link Integer}, {@link java.math.BigDecimal}, {@link Label} or {@link
     *     Percent}; never null; an empty row is a blank line
     */
    public record Sheet(String name, List<String> header, List<List<Object>> rows) {

        public Sheet {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
