package dev.groupbuy.admin.commands;

import static dev.groupbuy.admin.commands.GroupChat.joined;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.admin.ApiClient;
import dev.groupbuy.core.testing.MutableClock;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/**
 * A leader's whole day, scripted: #开团, 40 sign-ups (and one line nobody can read) with a fork and edits, #汇总, #截单, #导出, #到货 the next
 * day, #核销 of everyone, #我的. The transcript is docs/example-day.md: this test checks the committed file is
 * what the bot says today ({@code -Dexample-day.write=true} writes it anew).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/example-day-${random.uuid}",
            "groupbuy.admin.tokens=" + ChatCommandsContract.TOKEN,
            "groupbuy.exports.secret=" + ChatCommandsContract.SECRET,
            "groupbuy.public-url=https://tuan.example.com"
        })
class ExampleDayIntegrationTests {

    static final Path DOC = Path.of("../docs/example-day.md");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TestConfiguration
    static class FixedDay {
        @Bean
        @Primary
        MutableClock testClock() {
            return MutableClock.at("2026-11-25T00:30:00Z");
        }
    }

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    MutableClock clock;

    private final StringBuilder transcript = new StringBuilder();
    private GroupChat chat;
    private final List<String> chain = new ArrayList<>();

    @Test
    void aLeadersDayFromOpeningToTheLastPickup() throws Exception {
        ApiClient api = new ApiClient(port, ChatCommandsContract.TOKEN);
        chat = GroupChat.create(api);
        intro();

        leader("#开团 丹东草莓+车厘子\nA. 丹东草莓 25元/盒\nB. 车厘子 68元/斤\n今晚8点截单，明天下午3点东门自提");
        long dealId = chat.latestDeal();
        signUps();
        clock.advance(Duration.ofMinutes(5));
        String summary = joined(leader("#汇总"));
        String list = joined(leader("#名单"));
        atTime("20:00");
        leader("#截单");
        String export = joined(leader("#导出"));
        nextDayAt("14:30");
        leader("#到货 今天下午3点东门自提，请带好袋子");
        leader("#未取");
        pickUpEveryone(api, dealId);
        resident("u07", "陈老师", "#我的");
        write();

        JsonNode totals = api.get("/api/v1/deals/" + dealId + "/summary").json();
        assertThat(summary).contains("共" + (totals.path("people").asInt()) + "人");
        assertThat(list).contains("方姐 老样子（待确认）").doesNotContain("韩姐 老样子");
        assertThat(totals.path("people").asInt()).isEqualTo(39);
        assertThat(totals.path("underReview").asInt()).isEqualTo(1);
        assertThat(totals.path("pickedUp").asInt()).isEqualTo(39);
        assertThat(api.get("/api/v1/deals/" + dealId).json().path("status").asString())
                .isEqualTo("arrived");
        byte[] workbook = api.withToken(null)
                .sendBytes("/exports/" + ChatCommandsContract.linkIn(export).replaceAll(".*/exports/", ""));
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sums = xlsx.getSheetAt(1);
            assertThat(BigDecimal.valueOf(
                            sums.getRow(sums.getLastRowNum()).getCell(4).getNumericCellValue()))
                    .isEqualByComparingTo(totals.path("total").decimalValue());
            assertThat(xlsx.getSheetAt(0).getLastRowNum()).isEqualTo(39);
        }
        if (!Boolean.getBoolean("example-day.write")) {
            assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                    .as("docs/example-day.md is what the bot says (rewrite with -Dexample-day.write=true)")
                    .isEqualTo(transcript.toString());
        }
    }

    /** 40 neighbours copy the list and add their line; two post on the same copy, some change their minds. */
    private void signUps() {
        String[][] people = {
            {"u01", "张阿姨", "草莓2盒 3栋502"},
            {"u02", "李姐", "车厘子1斤 1栋201"},
            {"u03", "小王", "A1 B1 7栋1单元"},
            {"u04", "刘叔", "草莓1盒"},
            {"u05", "周周妈妈", "车厘子2斤 2栋301"},
            {"u06", "吴奶奶", "草莓3盒 6栋101"},
            {"u07", "陈老师", "草莓2盒 车厘子1斤 5栋402"},
            {"u08", "郑大哥", "B2"},
            {"u09", "孙姐", "草莓1盒 8栋203"},
            {"u10", "🍓甜甜", "草莓2盒"},
            {"u11", "马师傅", "车厘子1斤 4栋1102"},
            {"u12", "胡阿姨", "草莓4盒 2栋502"},
            {"u13", "林林", "A2"},
            {"u14", "何姐", "车厘子3斤 9栋"},
            {"u15", "高老师", "草莓1盒 车厘子1斤"},
            {"u16", "罗哥", "草莓2盒 10栋601"},
            {"u17", "梁妈", "车厘子2斤"},
            {"u18", "宋姐", "草莓1盒 3栋201"},
            {"u19", "唐叔", "B1"},
            {"u20", "许许", "草莓2盒 1栋1801"},
            {"u21", "韩姐", "车厘子1斤"},
            {"u22", "冯阿姨", "草莓3盒 5栋101"},
            {"u23", "邓哥", "A1"},
            {"u24", "曹姐", "车厘子2斤 6栋902"},
            {"u25", "彭彭", "草莓2盒"},
            {"u26", "曾老师", "草莓1盒 车厘子1斤 2栋1202"},
            {"u27", "萧姐", "B1 7栋"},
            {"u28", "田叔", "草莓2盒"},
            {"u29", "董姐", "车厘子1斤 4栋301"},
            {"u30", "袁阿姨", "草莓1盒"},
            {"u31", "潘潘", "A2 B1"},
            {"u32", "于姐", "草莓2盒 8栋702"},
            {"u33", "蒋叔", "车厘子2斤"},
            {"u34", "蔡姐", "草莓1盒 9栋1001"},
            {"u35", "余哥", "B2"},
            {"u36", "杜阿姨", "草莓2盒 3栋1501"},
            {"u37", "叶子", "车厘子1斤"},
            {"u38", "程姐", "草莓3盒 1栋502"},
            {"u39", "苏叔", "A1"},
            {"u40", "魏姐", "草莓2盒"}
        };
        for (int i = 0; i < people.length; i++) {
            String[] p = people[i];
            clock.advance(Duration.ofMinutes(6));
            if (i == 11) {
                fork(people[11], people[12]);
                i++;
                continue;
            }
            if (i == 20) {
                signUp(p[0], p[1], p[1] + " 老样子");
                clock.advance(Duration.ofMinutes(3));
                editLine(p[0], p[1], p[1] + " " + p[2]);
                continue;
            }
            signUp(p[0], p[1], p[1] + " " + p[2]);
            if (i == 5) {
                clock.advance(Duration.ofMinutes(4));
                resident(p[0], p[1], "我改成4盒");
            }
            if (i == 16) {
                clock.advance(Duration.ofMinutes(4));
                editLine(people[3][0], people[3][1], people[3][1] + " 草莓1盒 改2盒");
            }
        }
        clock.advance(Duration.ofMinutes(4));
        resident(people[36][0], people[36][1], "不要了");
        clock.advance(Duration.ofMinutes(4));
        signUp("u41", "方姐", "方姐 老样子");
    }

    private void signUp(String userId, String name, String line) {
        chain.add((chain.size() + 1) + ". " + line);
        post(userId, name, "接龙加上 `" + chain.get(chain.size() - 1) + "`", chainText());
    }

    /** Two neighbours copy the same version of the list and both add number N. */
    private void fork(String[] first, String[] second) {
        List<String> base = new ArrayList<>(chain);
        signUp(first[0], first[1], first[1] + " " + first[2]);
        clock.advance(Duration.ofMinutes(1));
        List<String> other = new ArrayList<>(base);
        other.add((base.size() + 1) + ". " + second[1] + " " + second[2]);
        post(second[0], second[1], "复制的是同一版，也接了 `" + other.get(other.size() - 1) + "`", text(other));
        chain.add((chain.size() + 1) + ". " + second[1] + " " + second[2]);
    }

    /** A neighbour changes their own line in a new copy of the list. */
    private void editLine(String userId, String name, String newLine) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).startsWith((i + 1) + ". " + name + " ")) {
                chain.set(i, (i + 1) + ". " + newLine);
                post(userId, name, "在接龙里把自己那行改成 `" + chain.get(i) + "`", chainText());
                return;
            }
        }
        throw new IllegalStateException(name + " has no line");
    }

    private String chainText() {
        return text(chain);
    }

    private static String text(List<String> lines) {
        return "#接龙 丹东草莓+车厘子\n" + String.join("\n", lines);
    }

    private void pickUpEveryone(ApiClient api, long dealId) {
        int people = api.get("/api/v1/deals/" + dealId + "/summary")
                .json()
                .path("orders")
                .asInt();
        for (int from = 1; from <= people; from += 8) {
            clock.advance(Duration.ofMinutes(7));
            StringBuilder numbers = new StringBuilder("#核销");
            for (int n = from; n < Math.min(from + 8, people + 1); n++) {
                numbers.append(' ').append(n);
            }
            leader(numbers.toString());
        }
    }

    private List<String> leader(String text) {
        clock.advance(Duration.ofMinutes(1));
        List<String> replies = chat.leader(text);
        record("王团长（团长）", quote(text), replies);
        return replies;
    }

    private void resident(String userId, String name, String text) {
        clock.advance(Duration.ofMinutes(1));
        record(name, quote(text), chat.say(userId, name, text));
    }

    private void post(String userId, String name, String what, String text) {
        record(name, what, chat.say(userId, name, text));
    }

    private void record(String who, String what, List<String> replies) {
        String at = DateTimeFormatter.ofPattern("HH:mm").format(clock.instant().atZone(SHANGHAI));
        transcript
                .append("**")
                .append(at)
                .append(" ")
                .append(who)
                .append("**: ")
                .append(what)
                .append("\n\n");
        for (String reply : replies) {
            String shown = reply.replaceAll("/exports/\\S+", "/exports/…");
            transcript.append("> 🤖 ").append(shown.replace("\n", "  \n> ")).append("\n\n");
        }
    }

    private static String quote(String text) {
        return text.contains("\n") ? "\n\n    " + text.replace("\n", "\n    ") : "`" + text + "`";
    }

    private void intro() {
        transcript.append("# A day in a group (example)\n\n");
        transcript.append("""
                What the bot says during one realistic day of a leader (王团长) in the sandbox: opening a deal from \
                a post, 40 neighbours signing up with the usual 接龙 (copy the list, add a line) — two of them on the \
                same copy, some changing their minds —, the totals, 截单, the export, the arrival the next day, \
                handing over every order, and a neighbour checking what she ordered. Generated by \
                `ExampleDayIntegrationTests` (admin-api) through the HTTP sandbox; a line quoted with 🤖 is the bot. \
                Times are Beijing time.

                """);
    }

    private void atTime(String hhmm) {
        var now = clock.instant().atZone(SHANGHAI);
        var target = now.toLocalDate().atTime(java.time.LocalTime.parse(hhmm)).atZone(SHANGHAI);
        clock.advance(Duration.between(now, target).minusMinutes(1));
    }

    private void nextDayAt(String hhmm) {
        var now = clock.instant().atZone(SHANGHAI);
        var target = now.toLocalDate()
                .plusDays(1)
                .atTime(java.time.LocalTime.parse(hhmm))
                .atZone(SHANGHAI);
        transcript.append("---\n\n*The next day*\n\n");
        clock.advance(Duration.between(now, target).minusMinutes(1));
    }

    private void write() throws Exception {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/example-day.md"), transcript.toString(), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("example-day.write")) {
            Files.writeString(DOC, transcript.toString(), StandardCharsets.UTF_8);
        }
    }
}
