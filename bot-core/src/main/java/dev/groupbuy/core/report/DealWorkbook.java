package dev.groupbuy.core.report;

import java.util.List;

/**
 * A deal's spreadsheet, as data: sheets of rows whose cells are text, whole numbers or decimals. An adapter
 * writes it as .xlsx.
 */
public record DealWorkbook(String title, List<Sheet> sheets) {

    public DealWorkbook {
        sheets = List.copyOf(sheets);
    }

    /** @param rows cells are {@link String}, {@link Integer} or {@link java.math.BigDecimal}; never null */
    public record Sheet(String name, List<String> header, List<List<Object>> rows) {

        public Sheet {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
