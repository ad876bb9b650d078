package dev.groupbuy.admin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GroupbuyBotApplication {

    public static void main(String[] args) {
        SpringApplication.run(GroupbuyBotApplication.class, args);
    }
}
