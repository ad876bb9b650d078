package dev.groupbuy.core.testing;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One conversation case of {@code corpus/conversations} (format in its README): a group, a deal, chat
 * steps, and the active orders and replies expected at the end.
 */
public record ConversationCase(
        String id,
        String description,
        String chatId,
        String groupName,
        List<Leader> leaders,
        String dealTitle,
        List<CatalogItem> catalog,
        List<Step> steps,
        List<String> expectedOrders,
        List<ExpectedReply> expectedReplies) {

    public record Leader(String userId, String name) {}

    public record Step(String msgId, String senderId, String senderName, String text) {}

    /** @param afterStep 1-based step number */
    public record ExpectedReply(int afterStep, List<String> anyContains) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The cases in a directory, by file name. */
    public static List<ConversationCase> loadAll(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> sorted =
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            List<ConversationCase> cases = new ArrayList<>();
            for (Path file : sorted) {
                cases.add(parse(JSON.readTree(Files.readString(file))));
            }
            return cases;
        }
    }

    static ConversationCase parse(JsonNode root) {
        JsonNode group = root.get("group");
        JsonNode deal = root.get("deal");
        JsonNode expect = root.get("expect");
        List<Leader> leaders = list(group.get("leaders"), n -> new Leader(text(n, "userId"), text(n, "name")));
        List<CatalogItem> catalog = list(deal.get("catalog"), ConversationCase::catalogItem);
        List<Step> steps = list(
                root.get("steps"),
                n -> new Step(text(n, "msgId"), text(n, "senderId"), text(n, "senderName"), text(n, "text")));
        List<String> orders = list(expect.get("orders"), n -> describe(text(n, "name"), items(n.get("items"))));
        List<ExpectedReply> replies = list(
                expect.get("replies"),
                n -> new ExpectedReply(n.get("afterStep").asInt(), list(n.get("anyContains"), JsonNode::asString)));
        return new ConversationCase(
                text(root, "id"),
                text(root, "description"),
                text(group, "chatId"),
                text(group, "name"),
                leaders,
                text(deal, "title"),
                catalog,
                steps,
                orders.stream().sorted().toList(),
                replies);
    }

    /** An order as compared by the cases: the trimmed name and the items as a sorted multiset. */
    public static String describe(String name, List<OrderItem> items) {
        return name.strip() + " "
                + items.stream()
                        .map(i -> i.sku() + "×" + i.qty().stripTrailingZeros().toPlainString())
                        .sorted()
                        .toList();
    }

    public static List<String> describeAll(List<Order> active) {
        return active.stream().map(o -> describe(o.name(), o.items())).sorted().toList();
    }

    private static CatalogItem catalogItem(JsonNode n) {
        List<String> aliases = list(n.get("aliases"), JsonNode::asString);
        BigDecimal price = n.hasNonNull("price") ? n.get("price").decimalValue() : null;
        Integer stock = n.hasNonNull("stock") ? n.get("stock").asInt() : null;
        Integer limit = n.hasNonNull("limitPerPerson") ? n.get("limitPerPerson").asInt() : null;
        return new CatalogItem(text(n, "sku"), text(n, "name"), aliases, text(n, "unit"), price, stock, limit);
    }

    private static List<OrderItem> items(JsonNode array) {
        return list(array, n -> new OrderItem(text(n, "sku"), n.get("qty").decimalValue()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static <T> List<T> list(JsonNode array, java.util.function.Function<JsonNode, T> map) {
        List<T> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(map.apply(n)));
        }
        return out;
    }
}
