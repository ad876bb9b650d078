package dev.groupbuy.admin.commands;

import static dev.groupbuy.admin.commands.GroupChat.joined;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.admin.ApiClient;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every leader and resident command through the sandbox API, with refusals and bad arguments, and the export
 * read back with Apache POI; run once per store by the subclasses.
 */
abstract class ChatCommandsContract {

    static final String TOKEN = "commands-test-token";
    static final String SECRET = "commands-test-export-secret";
    static final String POST = "#开团 丹东草莓+车厘子\nA. 丹东草莓 25元/盒\nB. 车厘子 60元/斤\n明天下午3点东门自提";
    static final String CHAIN = "#接龙 丹东草莓+车厘子\n1. 张三 A2 3栋501\n2. 李四 车厘子1斤 1栋201\n3. 王五 草莓1盒 车厘子2斤";

    @LocalServerPort
    int port;

    ApiClient api;
    GroupChat chat;

    @BeforeEach
    void client() {
        api = new ApiClient(port, TOKEN);
        chat = GroupChat.create(api);
    }

    @Test
    void aLeaderOpensADealFromAPostAndAPostWithoutProductsOpensNothing() {
        List<String> opened = chat.leader(POST);
        long dealId = chat.latestDeal();

        assertThat(joined(opened)).contains("#接龙 丹东草莓+车厘子", "25元/盒", "60元/斤", "自提", "读到2个商品");
        assertThat(chat.status(dealId)).isEqualTo("open");
        assertThat(joined(chat.leader("#开团 明天有水果团，大家准备"))).contains("没读到带价格的商品");
        assertThat(chat.latestDeal()).isEqualTo(dealId);
    }

    @Test
    void sumsUpListsAndExportsTheSameTotalsAsTheApi() throws Exception {
        chat.leader(POST);
        long dealId = chat.latestDeal();
        chat.say("u1", "张三", CHAIN);
        chat.say("u4", "赵六", CHAIN + "\n4. 赵六 老样子");

        String summary = joined(chat.leader("#汇总"));
        String list = joined(chat.leader("#名单"));
        String link = linkIn(joined(chat.leader("#导出")));
        JsonNode api = this.api.get("/api/v1/deals/" + dealId + "/summary").json();

        assertThat(summary).contains("丹东草莓 3盒 75元", "车厘子 3斤 180元", "共3人，合计255元", "1条没看懂");
        assertThat(list).contains("1. 张三 丹东草莓2盒 3栋501", "4. 赵六 老样子（待确认）");
        assertThat(api.path("total").decimalValue()).isEqualByComparingTo("255");
        assertThat(api.path("people").asInt()).isEqualTo(3);
        assertThat(api.path("underReview").asInt()).isEqualTo(1);
        try (Workbook workbook = download(link)) {
            Sheet orders = workbook.getSheetAt(0);
            Sheet totals = workbook.getSheetAt(1);
            Sheet pickup = workbook.getSheetAt(2);
            assertThat(orders.getLastRowNum()).isEqualTo(3);
            assertThat(text(orders.getRow(1), 1)).isEqualTo("张三");
            assertThat(totals.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(3.0);
            assertThat(BigDecimal.valueOf(totals.getRow(3).getCell(4).getNumericCellValue()))
                    .isEqualByComparingTo(api.path("total").decimalValue());
            assertThat(BigDecimal.valueOf(totals.getRow(1).getCell(4).getNumericCellValue()))
                    .isEqualByComparingTo(
                            api.path("products").get(0).path("amount").decimalValue());
            assertThat(text(pickup.getRow(1), 0)).isEqualTo("1栋201");
            assertThat(text(pickup.getRow(2), 0)).isEqualTo("3栋501");
        }
        HttpResponse<String> withToken =
                this.api.get("/api/v1/deals/" + dealId + "/export.xlsx").raw();
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
    }

    @Test
    void aTamperedOrExpiredLinkIsNotFound() throws Exception {
        chat.leader(POST);
        long dealId = chat.latestDeal();
        String token = linkIn(joined(chat.leader("#导出"))).replaceAll(".*/exports/", "");
        ApiClient anonymous = api.withToken(null);

        assertThat(anonymous.get("/exports/" + token).status()).isEqualTo(200);
        String otherDeal = (dealId + 1) + token.substring(token.indexOf('.'));
        assertThat(anonymous.get("/exports/" + otherDeal).status()).isEqualTo(404);
        assertThat(anonymous
                        .get("/exports/" + token.substring(0, token.length() - 2) + "xx")
                        .status())
                .isEqualTo(404);
        String expired = dealId + ".1000000000";
        assertThat(anonymous.get("/exports/" + expired + "." + sign(expired)).status())
                .isEqualTo(404);
        assertThat(anonymous
                        .get("/exports/" + dealId + ".4102444800." + sign(dealId + ".4102444800"))
                        .status())
                .as("a link signed with the same secret that has not expired works")
                .isEqualTo(200);
        assertThat(anonymous.get("/api/v1/deals/" + dealId + "/export.xlsx").status())
                .isEqualTo(401);
    }

    @Test
    void arrivalMentionsEveryBuyerAndPickupsCountDown() {
        chat.leader(POST);
        chat.say("u1", "张三", CHAIN);

        assertThat(joined(chat.leader("#到货"))).contains("没有已截单的团");
        assertThat(joined(chat.leader("#截单"))).contains("已截单", "3人");
        assertThat(joined(chat.leader("#到货 今天下午4点东门"))).contains("到货啦", "@张三", "@李四", "@王五");
        assertThat(joined(chat.leader("#核销 1"))).contains("已核销 1. 张三", "还有2位没取");
        assertThat(joined(chat.leader("#核销 abc"))).contains("没找到『abc』");
        assertThat(joined(chat.leader("#核销 99"))).contains("没有99号");
        assertThat(joined(chat.leader("#未取"))).contains("还有2位没取", "2. 李四", "3. 王五");
        assertThat(joined(chat.say("u1", "张三", "#我的"))).contains("丹东草莓2盒", "50元", "已取");
    }

    @Test
    void addsAndCancelsOrdersAndRefusesBadArguments() {
        chat.leader(POST);
        chat.say("u1", "张三", CHAIN);

        assertThat(joined(chat.leader("#补单 钱七"))).contains("补多少");
        assertThat(joined(chat.leader("#补单 钱七 榴莲2个"))).contains("没有『榴莲』");
        assertThat(joined(chat.leader("#补单 钱七 车厘子2斤"))).contains("已给钱七补上车厘子2斤", "120元");
        assertThat(joined(chat.leader("#取消 2"))).contains("已取消 李四");
        assertThat(joined(chat.say("u3", "王五", "#取消 张三"))).contains("只能取消自己的");
        assertThat(joined(chat.say("u3", "王五", "我改成草莓2盒"))).contains("已改成丹东草莓2盒", "50元");
        JsonNode orders =
                api.get("/api/v1/deals/" + chat.latestDeal() + "/orders").json().path("orders");
        assertThat(orders.valueStream().filter(o -> o.path("status").asString().equals("active")))
                .extracting(o -> o.path("name").asString() + " "
                        + o.path("amount").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("张三 50", "王五 50", "钱七 120");
    }

    @Test
    void aResidentsLeaderCommandIsRefusedOnceUntilTheyAreMadeAnAssistant() {
        chat.leader(POST);
        long dealId = chat.latestDeal();

        assertThat(joined(chat.say("u5", "小周", "#截单"))).contains("只有团长");
        assertThat(chat.say("u5", "小周", "#截单")).isEmpty();
        assertThat(chat.status(dealId)).isEqualTo("open");
        ApiClient.Response member =
                api.put("/api/v1/groups/" + chat.groupId + "/members/u5", "{\"name\":\"小周\",\"role\":\"assistant\"}");
        assertThat(member.status()).as(member.toString()).isEqualTo(200);
        assertThat(member.json().path("role").asString()).isEqualTo("assistant");
        assertThat(api.get("/api/v1/groups/" + chat.groupId)
                        .json()
                        .path("members")
                        .toString())
                .contains("\"u5\"", "assistant");

        assertThat(joined(chat.say("u5", "小周", "#截单"))).contains("已截单");
        assertThat(chat.status(dealId)).isEqualTo("closed");
        assertThat(api.put("/api/v1/groups/" + chat.groupId + "/members/u5", "{\"role\":\"boss\"}")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void aRedeliveredCommandIsAnsweredOnceAndHelpAndHintsStayShort() {
        chat.leader(POST);

        assertThat(chat.sayWithId("L1", "王团长", "#补单 钱七 A1", "same")).hasSize(1);
        assertThat(chat.sayWithId("L1", "王团长", "#补单 钱七 A1", "same")).isEmpty();
        assertThat(joined(chat.say("u1", "张三", "＃帮助"))).contains("#我的").doesNotContain("#截单");
        assertThat(joined(chat.say("u1", "张三", "#团购群规"))).contains("#帮助");
        assertThat(chat.say("u1", "张三", "#团购群规")).isEmpty();
    }

    @Test
    void closingAClosedDealIsRefusedThroughEitherDoor() {
        chat.leader(POST);
        long byChat = chat.latestDeal();
        assertThat(joined(chat.leader("#截单"))).contains("已截单");
        assertProblem(api.post("/api/v1/deals/" + byChat + "/close", ""), 409);

        long byApi = openByApi();
        assertThat(api.post("/api/v1/deals/" + byApi + "/close", "").status()).isEqualTo(200);
        assertThat(joined(chat.leader("#截单"))).contains("没有在接龙的团");
        assertThat(chat.status(byChat)).isEqualTo("closed");
        assertThat(chat.status(byApi)).isEqualTo("closed");
    }

    @Test
    void onlyAClosedDealReopensThroughEitherDoor() {
        long dealId = openByApi();
        assertProblem(api.post("/api/v1/deals/" + dealId + "/reopen", ""), 409);
        assertThat(joined(chat.leader("#恢复接龙"))).contains("没有已截单的团");

        chat.leader("#截单");
        assertThat(joined(chat.leader("#恢复接龙"))).contains("恢复接龙");
        assertThat(chat.status(dealId)).isEqualTo("open");
        assertThat(api.post("/api/v1/deals/" + dealId + "/close", "").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/deals/" + dealId + "/reopen", "")
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("open");
    }

    @Test
    void onlyAnOpenOrClosedDealIsCancelledThroughEitherDoor() {
        long arrived = openByApi();
        api.post("/api/v1/deals/" + arrived + "/close", "");
        assertThat(api.post("/api/v1/deals/" + arrived + "/arrived", "{\"pickup\":\"东门\"}")
                        .status())
                .isEqualTo(200);
        assertProblem(api.post("/api/v1/deals/" + arrived + "/cancel", ""), 409);
        assertThat(joined(chat.leader("#取消团"))).contains("没有进行中的团");
        assertThat(chat.status(arrived)).isEqualTo("arrived");

        long byChat = openByApi();
        assertThat(joined(chat.leader("#取消团"))).contains("#确认");
        assertThat(joined(chat.leader("#确认"))).contains("取消了");
        assertThat(chat.status(byChat)).isEqualTo("cancelled");
        assertProblem(api.post("/api/v1/deals/" + byChat + "/cancel", ""), 409);

        long byApi = openByApi();
        assertThat(api.post("/api/v1/deals/" + byApi + "/cancel", "")
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("cancelled");
        assertThat(joined(chat.leader("#取消团"))).contains("没有进行中的团");
    }

    @Test
    void theGroupIsToldOfAClosingWhicheverDoorClosedIt() {
        long byApi = openByApi();
        chat.say("u1", "张三", "#接龙 丹东草莓\n1. 张三 2盒");

        assertThat(api.post("/api/v1/deals/" + byApi + "/close", "").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/outbox?groupId=" + chat.groupId)
                        .json()
                        .path("messages")
                        .valueStream())
                .extracting(message -> message.path("text").asString())
                .anySatisfy(text -> assertThat(text).contains("已截单", "丹东草莓2盒"));

        openByApi();
        assertThat(joined(chat.leader("#截单"))).contains("已截单");
    }

    @Test
    void theApiAddsCancelsAndHandsOverOrdersOnTheSameRules() {
        long dealId = openByApi();
        ApiClient.Response added = api.post(
                "/api/v1/deals/" + dealId + "/orders",
                "{\"name\":\"钱七\",\"items\":[{\"sku\":\"A\",\"qty\":2}],\"note\":\"5栋\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long orderId = added.json().path("id").asLong();
        assertThat(added.json().path("amount").decimalValue()).isEqualByComparingTo("50");
        assertProblem(
                api.post(
                        "/api/v1/deals/" + dealId + "/orders",
                        "{\"name\":\"x\",\"items\":[{\"sku\":\"Z\",\"qty\":1}]}"),
                422);
        assertProblem(api.post("/api/v1/orders/" + orderId + "/pickup", ""), 409);

        api.post("/api/v1/deals/" + dealId + "/close", "");
        assertThat(api.post("/api/v1/orders/" + orderId + "/pickup", "")
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("picked_up");
        assertProblem(api.post("/api/v1/orders/" + orderId + "/cancel", ""), 409);
        assertProblem(api.post("/api/v1/orders/987654321/cancel", ""), 404);
        assertProblem(api.post("/api/v1/deals", "{\"groupIds\":[" + chat.groupId + "],\"post\":\"明天见\"}"), 422);
        ApiClient.Response fromPost =
                api.post("/api/v1/deals", "{\"groupIds\":[" + chat.groupId + "],\"post\":\"秘鲁蓝莓\\nA. 秘鲁蓝莓 39元/盒\"}");
        assertThat(fromPost.status()).as(fromPost.toString()).isEqualTo(201);
        assertThat(fromPost.json().path("catalog").get(0).path("price").decimalValue())
                .isEqualByComparingTo("39");
    }

    @Test
    void paymentsFromTheChainTheChatAndTheApiShowInTheSummaryTheExportAndTheReminder() throws Exception {
        chat.leader(POST);
        long dealId = chat.latestDeal();
        chat.say("u1", "张三", CHAIN.replace("1. 张三 A2 3栋501", "1. 张三 A2 3栋501 已付"));

        assertThat(joined(chat.say("u2", "李四", "#已付"))).contains("@李四", "已记下你付过款", "60元");
        String reminder = joined(chat.leader("#催款"));
        assertThat(reminder).contains("还有1位没付款，共145元", "@王五 145元").doesNotContain("张三");
        long wang = api.get("/api/v1/deals/" + dealId + "/orders")
                .json()
                .path("orders")
                .get(2)
                .path("id")
                .asLong();
        assertThat(api.post("/api/v1/orders/" + wang + "/payment", "{\"status\":\"paid\"}")
                        .status())
                .isEqualTo(200);
        assertThat(joined(chat.leader("#退款 王五"))).contains("已退款 3. 王五 145元");
        String summary = joined(chat.leader("#汇总"));
        JsonNode totals = api.get("/api/v1/deals/" + dealId + "/summary").json();

        assertThat(summary).contains("共2人，合计110元", "已付2人110元，未付0人0元，已退款1人145元");
        assertThat(totals.path("paidOrders").asInt()).isEqualTo(2);
        assertThat(totals.path("paidAmount").decimalValue()).isEqualByComparingTo("110");
        assertThat(totals.path("refundedAmount").decimalValue()).isEqualByComparingTo("145");
        assertThat(api.get("/api/v1/orders/" + wang + "/history").json().path("history"))
                .extracting(
                        h -> h.path("action").asString() + "/" + h.path("door").asString())
                .containsExactly("created/chat", "paid/api", "refunded/chat");
        try (Workbook workbook = download(linkIn(joined(chat.leader("#导出"))))) {
            Sheet payments = workbook.getSheet("收款");
            assertThat(text(payments.getRow(1), 3)).isEqualTo("已付");
            assertThat(text(payments.getRow(3), 3)).isEqualTo("已退款");
            assertThat(BigDecimal.valueOf(payments.getRow(5).getCell(2).getNumericCellValue()))
                    .isEqualByComparingTo(totals.path("paidAmount").decimalValue());
            assertThat(text(workbook.getSheet("订单").getRow(1), 6)).isEqualTo("已付");
        }
    }

    long openByApi() {
        ApiClient.Response created = api.post("/api/v1/deals", """
                {"title":"丹东草莓","groupIds":[%d],"catalog":[{"sku":"A","name":"丹东草莓","aliases":["草莓"],
                 "unit":"盒","price":25}],"pickup":"东门"}""".formatted(chat.groupId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    static String linkIn(String text) {
        Matcher link = Pattern.compile("https?://\\S+/exports/\\S+").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group();
    }

    Workbook download(String link) throws Exception {
        String token = link.replaceAll(".*/exports/", "");
        HttpResponse<String> head = api.withToken(null).get("/exports/" + token).raw();
        assertThat(head.statusCode()).isEqualTo(200);
        byte[] bytes = api.withToken(null).sendBytes("/exports/" + token);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static String text(Row row, int cell) {
        return row.getCell(cell).getStringCellValue();
    }

    static String sign(String payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
    }
}
