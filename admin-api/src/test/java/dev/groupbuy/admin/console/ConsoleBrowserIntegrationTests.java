package dev.groupbuy.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.admin.ApiClient;
import dev.groupbuy.admin.RunningApp;
import dev.groupbuy.admin.TestTokens;
import dev.groupbuy.admin.goods.Workbooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The console and the chat sandbox in a real browser (headless Chromium) against the whole application on the
 * embedded default, started as {@code java -jar} starts it, with its demo group and deal.
 */
@RequiresChromium
class ConsoleBrowserIntegrationTests {

    static final Path DATA_DIR = Path.of("./target/it-data/console-browser");
    static final Path DOWNLOADS = Path.of("target/it-data/console-downloads");

    static RunningApp app;
    static ApiClient api;

    Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(DOWNLOADS);
        app = RunningApp.start(
                DATA_DIR,
                "--groupbuy.admin.tokens=" + TestTokens.ADMIN,
                "--groupbuy.admin.read-only-tokens=" + TestTokens.VIEWER,
                "--groupbuy.demo.enabled=true");
        api = app.api(TestTokens.ADMIN);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser(int width, int height) {
        browser = Browser.open(app.port(), DOWNLOADS, width, height);
        return browser;
    }

    private Browser browser() {
        return browser(1280, 900);
    }

    @Test
    void aChainPastedInTheSandboxGetsTheBotsReplyAndShowsInTheOrdersPanel() {
        Browser b = browser();
        b.signIn("/sandbox", TestTokens.ADMIN);
        b.waitForText(By.id("transcript"), "#接龙 丹东草莓 · 阳光玫瑰");
        b.waitForText(By.id("panel-body"), "还没有人接龙");

        WebElement sender = b.visible(By.id("sender"));
        sender.clear();
        sender.sendKeys("张阿姨");
        b.clickable(By.id("copy-chain")).click();
        WebElement text = b.visible(By.id("composer-text"));
        text.sendKeys("草莓2盒", Keys.ENTER, "2. 李姐 葡萄1串", Keys.ENTER, "3. 小陈 来点那个好吃的");
        b.clickable(By.id("send")).click();

        b.waitForText(By.id("panel-orders"), "张阿姨");
        b.waitForText(By.id("panel-orders"), "李姐");
        b.waitForText(By.id("panel-totals"), "2人 · 2单 · 合计 ¥80.00");
        b.waitForText(By.id("panel-products"), "丹东99草莓：2盒");
        b.waitForText(By.id("panel-review"), "小陈");
        b.waitForText(By.id("transcript"), "@小陈");
        assertThat(b.visible(By.id("transcript")).getText()).contains("3. 小陈 来点那个好吃的");
    }

    @Test
    void aWrongTokenIsRefusedInWords() {
        Browser b = browser();
        b.go("/");
        b.visible(By.id("token")).sendKeys("not-the-admin-token-at-all", Keys.ENTER);

        b.waitForText(By.id("signin-error"), "令牌不对");
        assertThat(b.visible(By.id("signin-error")).getText()).contains("the bearer token is not valid");
        assertThat(b.driver().findElement(By.id("nav")).isDisplayed()).isFalse();
    }

    @Test
    void signsInAndMovesAroundWithTheKeyboardAlone() {
        Browser b = browser();
        b.go("/");
        b.visible(By.id("token"));
        assertThat(b.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("token");
        b.driver().switchTo().activeElement().sendKeys(TestTokens.ADMIN, Keys.ENTER);
        b.visible(By.id("deals"));

        WebElement link = b.driver().findElement(By.cssSelector("#nav a[data-section=schedules]"));
        tabUntil(b, link);
        b.driver().switchTo().activeElement().sendKeys(Keys.ENTER);

        b.waitForText(By.tagName("h1"), "定时任务");
        assertThat(b.driver()
                        .findElement(By.cssSelector("#nav a[data-section=schedules]"))
                        .getAttribute("aria-current"))
                .isEqualTo("page");
    }

    private static void tabUntil(Browser b, WebElement target) {
        for (int i = 0; i < 30 && !b.driver().switchTo().activeElement().equals(target); i++) {
            b.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(b.driver().switchTo().activeElement()).isEqualTo(target);
    }

    @Test
    void aScheduleCreatedWithTheCronHelperIsListedWithItsNextFireTime() {
        Browser b = browser();
        b.signIn("/#/schedules", TestTokens.ADMIN);
        b.visible(By.id("schedule-name")).sendKeys("每天早上发菜单");
        new Select(b.visible(By.id("cron-preset"))).selectByValue("0 30 19 ? * MON-FRI");
        b.waitForText(By.cssSelector("#fire-times li"), "19:30");
        assertThat(b.driver().findElements(By.cssSelector("#fire-times li"))).hasSize(5);
        String firstFire = b.visible(By.cssSelector("#fire-times li")).getText();
        assertThat(firstFire).contains("19:30").containsPattern("^\\d+月\\d+日 周[一二三四五] 19:30$");
        b.visible(By.id("action-text")).sendKeys("早上好，今天的菜单来啦");

        b.clickable(By.xpath("//button[normalize-space()='创建']")).click();

        b.waitForText(By.id("schedule-created"), "已创建「每天早上发菜单」");
        WebElement row = b.visible(By.xpath("//table[@id='schedules']//tr[td/a[normalize-space()='每天早上发菜单']]"));
        assertThat(row.findElement(By.className("next-fire")).getText()).isEqualTo(firstFire);
        assertThat(row.getText()).contains("0 30 19 ? * MON-FRI", "运行中");
    }

    @Test
    void aBadCronExpressionIsExplainedInWords() {
        Browser b = browser();
        b.signIn("/#/schedules", TestTokens.ADMIN);
        WebElement cron = b.visible(By.id("schedule-cron"));
        cron.clear();
        cron.sendKeys("0 0 25 * * ?");

        b.waitForText(By.id("cron-error"), "内容有误");
    }

    @Test
    void closingADealAndExportingItDownloadsTheWorkbook() throws Exception {
        long dealId = dealWithOrders("导出测试团", 3);
        Browser b = browser();
        b.signIn("/#/deals/" + dealId, TestTokens.ADMIN);
        b.waitForText(By.id("totals"), "3人 · 3单");

        b.clickable(By.id("close-deal")).click();
        b.waitForText(By.tagName("h1"), "已截单");
        assertThat(api.get("/api/v1/deals/" + dealId).json().path("status").asString())
                .isEqualTo("closed");

        b.clickable(By.id("export-deal")).click();
        String href = b.visible(By.id("export-link")).getAttribute("href");
        Path workbook = awaitDownload("导出测试团.xlsx");

        Workbooks sheets = Workbooks.read(Files.readAllBytes(workbook));
        assertThat(sheets.sheets()).extracting(Workbooks.SheetData::name).contains("订单", "汇总");
        assertThat(sheets.sheets().get(0).rows()).hasSize(4);
        assertThat(app.api(null).get(href.substring(href.indexOf("/exports/"))).status())
                .as("the signed link works without a token")
                .isEqualTo(200);
    }

    private Path awaitDownload(String name) throws Exception {
        Path file = DOWNLOADS.resolve(name);
        for (int i = 0; i < 150 && !Files.exists(file); i++) {
            Thread.sleep(100);
        }
        assertThat(file).as("downloaded workbook").exists();
        return file;
    }

    @Test
    void anOrderPickedUpInTheConsoleShowsInItsHistoryAsDoneThroughTheConsole() {
        long dealId = dealWithOrders("核销测试团", 2);
        assertThat(api.post("/api/v1/deals/" + dealId + "/close", "").status()).isEqualTo(200);
        Browser b = browser();
        b.signIn("/#/deals/" + dealId, TestTokens.ADMIN);

        b.clickable(By.cssSelector("button[aria-label='核销 1号 邻居1']")).click();

        b.waitForText(By.id("totals"), "已取 1");
        WebElement row = b.visible(By.xpath("//table[@id='order-table']//tr[td[1][normalize-space()='1']]"));
        assertThat(row.getText()).contains("已取");
        row.findElement(By.xpath(".//button[normalize-space()='记录']")).click();
        b.waitForText(By.className("history-list"), "控制台");
        assertThat(b.visible(By.className("history-list")).getText()).contains("admin:console", "picked_up");
    }

    @Test
    void opensADealFromAPastedPostAndSaysInWordsWhatIsWrongWithAnEmptyOne() {
        long groupId = newGroup("水果群");
        Browser b = browser();
        b.signIn("/#/deals/new", TestTokens.ADMIN);
        b.clickable(By.id("post-groups-" + demoGroupId())).click();
        b.clickable(By.id("post-groups-" + groupId)).click();
        WebElement open = b.clickable(By.xpath("//button[normalize-space()='按文案开团']"));

        open.click();
        b.waitForText(By.id("post-error"), "内容有误：post is empty");

        b.visible(By.id("deal-post"))
                .sendKeys(
                        "#开团 周末水果团",
                        Keys.ENTER,
                        "A. 海南芒果 39元/箱",
                        Keys.ENTER,
                        "B. 赣南脐橙 29.9元/袋",
                        Keys.ENTER,
                        "明天下午4点 3号门自提");
        open.click();

        b.waitForText(By.tagName("h1"), "接龙中");
        assertThat(b.driver().getCurrentUrl()).matches(".*#/deals/\\d+$");
        assertThat(b.visible(By.className("facts")).getText()).contains("海南芒果", "¥39.00", "赣南脐橙", "3号门");
    }

    @Test
    void theDashboardShowsTodaysOrdersAndChartsPerDayGroupAndProductAsTheApiCountsThem() {
        long dealId = dealWithOrders("看板团", 4);
        long groupId = api.get("/api/v1/deals/" + dealId)
                .json()
                .path("groupIds")
                .get(0)
                .asLong();
        JsonNode figures = api.get("/api/v1/dashboard?groupId=" + groupId).json();
        Browser b = browser();
        b.signIn("/#/dashboard", TestTokens.ADMIN);
        b.visible(By.id("today-orders"));

        new Select(b.visible(By.id("dashboard-group"))).selectByValue(String.valueOf(groupId));

        b.waitForText(
                By.id("today-orders"), figures.path("today").path("orders").asInt() + "单");
        assertThat(figures.path("today").path("orders").asInt()).isEqualTo(4);
        assertThat(b.visible(By.id("today-amount")).getText())
                .isEqualTo("¥"
                        + figures.path("today").path("amount").decimalValue().setScale(2));
        assertThat(b.driver().findElements(By.cssSelector("#day-chart rect.bar")))
                .hasSize(figures.path("days").size());
        assertThat(b.visible(By.id("day-chart")).getAttribute("aria-label")).contains("4单");
        assertThat(b.visible(By.id("group-chart")).getText()).contains("看板团群");
        assertThat(b.visible(By.id("product-chart")).getText()).contains("看板团草莓");
    }

    @Test
    void aReadOnlyTokenSeesTheDealButCannotPressAChangingButton() {
        long dealId = dealWithOrders("只读测试团", 2);
        Browser b = browser();
        b.signIn("/#/deals/" + dealId, TestTokens.VIEWER);
        b.waitForText(By.id("totals"), "2人 · 2单");

        for (String id : List.of("close-deal", "reopen-deal", "cancel-deal", "arrived-deal")) {
            assertThat(b.visible(By.id(id)).isEnabled()).as(id).isFalse();
        }
        assertThat(b.driver().findElements(By.cssSelector("#order-table button[data-write]")))
                .isNotEmpty()
                .allSatisfy(button -> assertThat(button.isEnabled()).isFalse());
        b.visible(By.id("close-deal")).click();
        assertThat(b.visible(By.id("export-deal")).isEnabled())
                .as("reading is allowed")
                .isTrue();
        assertThat(b.driver().findElements(By.id("new-deal"))).isEmpty();
        assertThat(api.get("/api/v1/deals/" + dealId).json().path("status").asString())
                .isEqualTo("open");

        b.go("/sandbox");
        b.waitForText(By.id("transcript"), "#接龙");
        assertThat(b.visible(By.id("send")).isEnabled()).isFalse();
    }

    @Test
    void aDealWithAThousandOrdersIsShownPageByPage() {
        long dealId = dealWithOrders("一千单", 1000);
        Browser b = browser();
        b.signIn("/#/deals/" + dealId, TestTokens.ADMIN);

        b.waitForText(By.className("page-of"), "第 1 / 20 页，共 1000 条");
        assertThat(b.driver().findElements(By.cssSelector("#order-table tbody tr:not(.history)")))
                .hasSize(50);
        b.clickable(By.xpath("//nav[@class='pager']/button[normalize-space()='下一页']"))
                .click();
        b.waitForText(By.className("page-of"), "第 2 / 20 页");
        assertThat(firstOrderCell(b)).isEqualTo("51");

        WebElement search = b.visible(By.id("order-search"));
        search.sendKeys("999", Keys.ENTER);
        b.waitForText(By.className("page-of"), "共 1 条");
        assertThat(firstOrderCell(b)).isEqualTo("999");
    }

    private static String firstOrderCell(Browser b) {
        return b.visible(By.cssSelector("#order-table tbody tr td")).getText();
    }

    @Test
    void theMainPagesFitAPhoneScreenWithoutSidewaysScrolling() {
        long dealId = dealWithOrders("手机团", 5);
        Browser b = browser(390, 844);
        b.signIn("/sandbox", TestTokens.ADMIN);
        b.waitForText(By.id("transcript"), "#接龙");
        assertThat(((Number) b.script("return window.innerWidth")).intValue()).isEqualTo(390);
        assertFits(b, "/sandbox");
        for (String page :
                List.of("/#/deals", "/#/deals/" + dealId, "/#/schedules", "/#/groups", "/#/outbox", "/#/dashboard")) {
            b.go(page);
            b.visible(By.cssSelector("main h1"));
            b.waitUntil(d -> d.findElements(By.cssSelector("main .note")).stream()
                    .noneMatch(n -> n.getText().contains("正在加载")));
            assertFits(b, page);
        }
    }

    private static void assertFits(Browser b, String page) {
        Number scroll = (Number) b.script("return document.documentElement.scrollWidth");
        Number width = (Number) b.script("return document.documentElement.clientWidth");
        assertThat(scroll.intValue()).as("page width of %s", page).isLessThanOrEqualTo(width.intValue());
    }

    /**
     * A deal with {@code orders} orders made through the API (补单), in a group of its own: the demo group keeps
     * only its demo deal for the sandbox test.
     */
    static long dealWithOrders(String title, int orders) {
        long groupId = newGroup(title + "群");
        ApiClient.Response deal = api.post(
                "/api/v1/deals",
                "{\"title\":\"" + title + "\",\"groupIds\":[" + groupId + "],\"catalog\":[{\"sku\":\"A\",\"name\":\""
                        + title + "草莓\",\"aliases\":[],\"unit\":\"盒\",\"price\":25,\"stock\":null,"
                        + "\"limitPerPerson\":null}],\"closesAt\":null,\"pickup\":\"3号门\"}");
        assertThat(deal.status()).as(deal.toString()).isEqualTo(201);
        long dealId = deal.json().path("id").asLong();
        for (int i = 1; i <= orders; i++) {
            ApiClient.Response added = api.post(
                    "/api/v1/deals/" + dealId + "/orders",
                    "{\"name\":\"邻居" + i + "\",\"groupId\":" + groupId + ",\"items\":[{\"sku\":\"A\",\"qty\":"
                            + (1 + i % 3) + "}]}");
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
        }
        return dealId;
    }

    static long newGroup(String name) {
        ApiClient.Response group = api.post(
                "/api/v1/groups",
                "{\"platform\":\"sandbox\",\"chatId\":\"" + name + "\",\"name\":\"" + name + "\",\"leaders\":[]}");
        assertThat(group.status()).as(group.toString()).isEqualTo(201);
        return group.json().path("id").asLong();
    }

    static long demoGroupId() {
        Optional<JsonNode> demo = api.get("/api/v1/groups")
                .json()
                .path("groups")
                .valueStream()
                .filter(g -> g.path("chatId").asString().equals("demo"))
                .findFirst();
        assertThat(demo).as("the demo group made on first start").isPresent();
        return demo.get().path("id").asLong();
    }
}
