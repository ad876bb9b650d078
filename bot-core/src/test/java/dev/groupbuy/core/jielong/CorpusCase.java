package dev.groupbuy.core.jielong;

import dev.groupbuy.core.deal.CatalogItem;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** One corpus case (see the corpus README): catalog, message text and the expected reading. */
public record CorpusCase(String id, List<CatalogItem> catalog, String text, boolean isChain, List<Expected> entries) {

    record Expected(int seq, String name, Map<String, BigDecimal> items, boolean cancelled, boolean review) {}

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Override
    public String toString() {
        return id;
    }

    public static Stream<CorpusCase> load(String folder) throws IOException, URISyntaxException {
        URL url = CorpusCase.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("missing test resource folder " + folder);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            List<Path> sorted =
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            List<CorpusCase> cases = new ArrayList<>();
            for (Path file : sorted) {
                cases.add(read(JSON.readTree(file.toFile())));
            }
            return cases.stream();
        }
    }

    static CorpusCase read(JsonNode root) {
        List<CatalogItem> catalog = new ArrayList<>();
        for (JsonNode p : root.get("catalog")) {
            List<String> aliases = new ArrayList<>();
            p.get("aliases").forEach(a -> aliases.add(a.asString()));
            catalog.add(CatalogItem.of(
                    p.get("sku").asString(),
                    p.get("name").asString(),
                    aliases,
                    p.get("unit").asString(),
                    p.get("price").decimalValue()));
        }
        JsonNode expect = root.get("expect");
        List<Expected> entries = new ArrayList<>();
        for (JsonNode e : expect.get("entries")) {
            Map<String, BigDecimal> items = new HashMap<>();
            e.get("items")
                    .forEach(i ->
                            items.merge(i.get("sku").asString(), i.get("qty").decimalValue(), BigDecimal::add));
            entries.add(new Expected(
                    e.get("seq").asInt(),
                    e.get("name").asString(),
                    items,
                    e.get("cancelled").asBoolean(),
                    e.get("review").asBoolean()));
        }
        return new CorpusCase(
                root.get("id").asString(),
                catalog,
                root.get("text").asString(),
                expect.get("isChain").asBoolean(),
                entries);
    }
}
