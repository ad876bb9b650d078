package dev.groupbuy.admin.goods;

import java.util.ArrayList;
import java.util.List;

/** A sheet read back from a workbook, as a markdown table: the cells as Excel shows them. */
final class SheetMarkdown {

    private SheetMarkdown() {}

    static String render(Workbooks.SheetData sheet) {
        List<List<String>> rows = sheet.shown();
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(rows.get(r));
            if (r > 0 && cells.stream().allMatch(String::isBlank)) {
                cells = new ArrayList<>(List.of(" "));
            }
            while (cells.size() < columns) {
                cells.add("");
            }
            text.append("| ")
                    .append(String.join(
                            " | ", cells.stream().map(SheetMarkdown::escape).toList()))
                    .append(" |\n");
            if (r == 0) {
                text.append("|").append("---|".repeat(columns)).append('\n');
            }
        }
        return text.toString();
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|").replace("\n", " ");
    }
}
