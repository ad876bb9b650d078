package dev.groupbuy.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.admin.ApiClient;
import dev.groupbuy.admin.RunningApp;
import dev.groupbuy.admin.TestTokens;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Not a test but the tool that takes the README's screenshots of the main pages, on a fresh app with its demo
 * data and a few orders: {@code ./mvnw -o -pl admin-api test -Dtest=ConsoleScreenshots
 * -Dgroupbuy.screenshots=../docs/screenshots}.
 */
@RequiresChromium
@EnabledIfSystemProperty(named = "groupbuy.screenshots", matches = ".+")
class ConsoleScreenshots {

    @Test
    void takeScreenshotsOfTheMainPages() throws Exception {
        Path out = Path.of(System.getProperty("groupbuy.screenshots"));
        Path downloads = Path.of("target/it-data/screenshot-downloads");
        try (RunningApp app = RunningApp.start(
                Path.of("./target/it-data/console-screenshots"),
                "--groupbuy.admin.tokens=" + TestTokens.ADMIN,
                "--groupbuy.demo.enabled=true")) {
            ApiClient api = app.api(TestTokens.ADMIN);
            try (Browser b = Browser.open(app.port(), downloads, 1280, 860)) {
                b.signIn("/sandbox", TestTokens.ADMIN);
                b.waitForText(By.id("transcript"), "#接龙");
                say(b, "王团长", "大家早！今天的草莓特别甜，要的邻居接龙哦～");
                chain(b, "张阿姨", "草莓2盒 3栋502");
                chain(b, "李姐", "阳光玫瑰1串 鸡蛋1盒");
                chain(b, "小陈", "来点那个好吃的");
                b.waitForText(By.id("panel-review"), "小陈");
                b.screenshot(out.resolve("sandbox.png"));

                moreDeals(api);
                b.go("/#/deals");
                b.visible(By.id("deals"));
                b.screenshot(out.resolve("deals.png"));

                b.go("/#/deals/1");
                b.visible(By.id("order-table"));
                b.clickable(By.cssSelector("#order-table button[aria-expanded]"))
                        .click();
                b.visible(By.className("history-list"));
                b.screenshot(out.resolve("deal-orders.png"), By.id("summary-title"));

                assertThat(api.post(
                                        "/api/v1/schedules",
                                        "{\"name\":\"每天8点发菜单\",\"groupIds\":[1],\"trigger\":{\"cron\":\"0 0 8 * * ?\"},"
                                                + "\"action\":{\"type\":\"post\",\"text\":\"早上好，今天的菜单来啦\"}}")
                                .status())
                        .isEqualTo(201);
                b.go("/#/schedules");
                b.visible(By.id("schedules"));
                WebElement cron = b.visible(By.id("schedule-cron"));
                cron.clear();
                cron.sendKeys("0 30 19 ? * MON-FRI");
                b.waitForText(By.cssSelector("#fire-times li"), "19:30");
                b.screenshot(out.resolve("schedules.png"));

                b.go("/#/dashboard");
                b.visible(By.id("day-chart"));
                b.screenshot(out.resolve("dashboard.png"));
            }
            try (Browser phone = Browser.open(app.port(), downloads, 390, 844)) {
                phone.signIn("/sandbox", TestTokens.ADMIN);
                phone.waitForText(By.id("transcript"), "小陈");
                phone.screenshot(out.resolve("phone-sandbox.png"));
                phone.go("/#/deals/1");
                phone.visible(By.id("order-table"));
                phone.screenshot(out.resolve("phone-deal.png"), By.id("orders-title"));
            }
        }
    }

    /** A second group with a deal from a post and its orders, and a closed deal: the lists are not empty. */
    private static void moreDeals(ApiClient api) {
        long group = api.post(
                        "/api/v1/groups",
                        "{\"platform\":\"sandbox\",\"chatId\":\"garden-2\",\"name\":\"阳光花园2群\","
                                + "\"leaders\":[{\"userId\":\"leader-li\",\"name\":\"李团长\"}]}")
                .json()
                .path("id")
                .asLong();
        long fruit = api.post(
                        "/api/v1/deals",
                        "{\"post\":\"#开团 周末水果团\\nA. 海南芒果 39元/箱\\nB. 赣南脐橙 29.9元/袋\\n周六下午3点 东门自提\"," + "\"groupIds\":["
                                + group + "]}")
                .json()
                .path("id")
                .asLong();
        String[][] orders = {{"王姐", "A", "1"}, {"刘叔", "B", "2"}, {"赵老师", "A", "2"}, {"小周", "B", "1"}, {"孙阿姨", "A", "1"}
        };
        for (String[] order : orders) {
            api.post(
                    "/api/v1/deals/" + fruit + "/orders",
                    "{\"name\":\"" + order[0] + "\",\"groupId\":" + group + ",\"items\":[{\"sku\":\"" + order[1]
                            + "\",\"qty\":" + order[2] + "}]}");
        }
        long greens = api.post(
                        "/api/v1/deals",
                        "{\"title\":\"有机蔬菜\",\"groupIds\":[" + group + "],\"catalog\":[{\"sku\":\"A\",\"name\":\"青菜\","
                                + "\"aliases\":[],\"unit\":\"把\",\"price\":3.5,\"stock\":null,\"limitPerPerson\":null}],"
                                + "\"closesAt\":null,\"pickup\":\"18:00后 3号门\"}")
                .json()
                .path("id")
                .asLong();
        api.post(
                "/api/v1/deals/" + greens + "/orders",
                "{\"name\":\"王姐\",\"groupId\":" + group + ",\"items\":[{\"sku\":\"A\",\"qty\":3}]}");
        api.post("/api/v1/deals/" + greens + "/close", "");
    }

    private static void say(Browser b, String who, String text) {
        WebElement sender = b.visible(By.id("sender"));
        sender.clear();
        sender.sendKeys(who);
        b.visible(By.id("composer-text")).sendKeys(text);
        b.clickable(By.id("send")).click();
        b.waitForText(By.id("transcript"), text);
    }

    private static void chain(Browser b, String who, String line) {
        WebElement sender = b.visible(By.id("sender"));
        sender.clear();
        sender.sendKeys(who);
        b.clickable(By.id("copy-chain")).click();
        b.visible(By.id("composer-text")).sendKeys(line);
        b.clickable(By.id("send")).click();
        b.waitForText(By.id("panel-body"), who);
    }
}
