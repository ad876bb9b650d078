package dev.groupbuy.admin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole application started as {@code java -jar} would start it, on a chosen data directory. */
public final class RunningApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static RunningApp start(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--groupbuy.data-dir=" + dataDir));
        all.addAll(List.of(args));
        return new RunningApp(
                new SpringApplicationBuilder(GroupbuyBotApplication.class).run(all.toArray(String[]::new)));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ApiClient api(String token) {
        return new ApiClient(port(), token);
    }

    @Override
    public void close() {
        context.close();
    }
}
