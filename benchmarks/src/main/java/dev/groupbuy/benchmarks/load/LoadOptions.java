package dev.groupbuy.benchmarks.load;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Command-line options of the load harness, as {@code --name value} pairs. */
record LoadOptions(
        String baseUrl,
        String token,
        int groups,
        int entries,
        int sendersPerGroup,
        String jdbcUrl,
        Path ackedFile,
        boolean tolerateFailures) {

    static LoadOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
        String token = values.getOrDefault("token", System.getenv("GROUPBUY_ADMIN_TOKEN"));
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("give the admin token with --token or GROUPBUY_ADMIN_TOKEN");
        }
        String acked = values.get("acked-file");
        return new LoadOptions(
                values.getOrDefault("base-url", "http://127.0.0.1:8080"),
                token,
                Integer.parseInt(values.getOrDefault("groups", "4")),
                Integer.parseInt(values.getOrDefault("entries", "300")),
                Integer.parseInt(values.getOrDefault("senders", "8")),
                values.getOrDefault("jdbc-url", "jdbc:mysql://127.0.0.1:3306/groupbuy_load?user=root&password="),
                acked == null ? null : Path.of(acked),
                Boolean.parseBoolean(values.getOrDefault("tolerate-failures", "false")));
    }
}
