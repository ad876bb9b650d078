package dev.groupbuy.admin.chain;

import dev.groupbuy.core.jielong.ChainParser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The 接龙 parser, one instance for the API and the chat pipeline. */
@Configuration(proxyBeanMethods = false)
class ChainConfiguration {

    @Bean
    ChainParser chainParser() {
        return new ChainParser();
    }
}
