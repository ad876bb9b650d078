package dev.groupbuy.core.jielong.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTests {

    @ParameterizedTest
    @CsvSource({
        "一,1,1",
        "两,2,1",
        "兩,2,1",
        "二,2,1",
        "十,10,1",
        "十二,12,2",
        "二十,20,2",
        "二十五,25,3",
        "一百,100,2",
        "三盒,3,1",
        "七七,7,1"
    })
    void readsSmallNumerals(String text, int value, int length) {
        ChineseNumerals.Reading r = ChineseNumerals.read(text, 0);

        assertThat(r.value()).isEqualTo(value);
        assertThat(r.length()).isEqualTo(length);
    }

    @Test
    void givesNothingWhereThereIsNoNumeral() {
        assertThat(ChineseNumerals.read("草莓", 0)).isNull();
        assertThat(ChineseNumerals.read("", 0)).isNull();
    }
}
