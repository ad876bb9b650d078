package dev.groupbuy.admin.console;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web console ({@code /}) and the chat sandbox page ({@code /sandbox}): static files under {@code
 * static/}, open without a token (they ask for one and send it to the API, which alone checks it), served
 * with a content security policy that allows nothing but this server.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/sandbox").setViewName("forward:/sandbox.html");
    }

    @Bean
    ConsoleAddress consoleAddress() {
        return new ConsoleAddress();
    }

    @Bean
    FilterRegistrationBean<PageHeadersFilter> pageHeaders() {
        FilterRegistrationBean<PageHeadersFilter> registration = new FilterRegistrationBean<>(new PageHeadersFilter());
        registration.addUrlPatterns("/", "/index.html", "/sandbox", "/sandbox.html", "/console/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
