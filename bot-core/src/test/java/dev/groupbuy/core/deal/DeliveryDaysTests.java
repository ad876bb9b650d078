package dev.groupbuy.core.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryDaysTests {

    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    @ParameterizedTest
    @CsvSource({
        "明天下午3点东门自提, 2026-11-26",
        "今晚8点到货, 2026-11-25",
        "后天上午10点自提, 2026-11-27",
        "大后天到货, 2026-11-28",
        "周六到货，周日自提, 2026-11-28",
        "周三自提, 2026-11-25",
        "下周一自提, 2026-11-30",
        "星期日自提, 2026-11-29",
        "12月1日到货, 2026-12-01",
        "11月2号自提, 2027-11-02",
        "30号到货, 2026-11-30",
        "3号到货, 2026-12-03",
        "东门3号门自提 明天, 2026-11-26"
    })
    void readsThePickupDayRelativeToThePost(String text, LocalDate day) {
        assertThat(DeliveryDays.read(text, TODAY)).contains(day);
    }

    @ParameterizedTest
    @CsvSource({"东门自提", "5号楼大堂自提", "3号门取货", "'   '", "2月30日到货"})
    void aTextWithoutADaySaysNothing(String text) {
        assertThat(DeliveryDays.read(text, TODAY)).isEmpty();
    }
}
