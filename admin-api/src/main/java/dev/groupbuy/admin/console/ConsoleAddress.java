package dev.groupbuy.admin.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/** Logs where the console and the sandbox page are, once the application is ready. */
final class ConsoleAddress implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ConsoleAddress.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        String base = base(environment);
        if (environment.getProperty("groupbuy.sandbox.enabled", Boolean.class, false)) {
            log.info("Chat sandbox: {}/sandbox · web console: {}/ (sign in with the admin token)", base, base);
        } else {
            log.info("Web console: {}/ (sign in with the admin token)", base);
        }
    }

    /** The public URL; the port actually listened on when the configured one was 0 (any free port). */
    static String base(Environment environment) {
        String configured = environment.getProperty("groupbuy.public-url", "http://localhost:8080");
        String url = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        String port = environment.getProperty("local.server.port");
        return url.endsWith(":0") && port != null ? url.substring(0, url.length() - 1) + port : url;
    }
}
