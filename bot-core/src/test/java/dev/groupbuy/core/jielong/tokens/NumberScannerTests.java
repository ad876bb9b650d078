package dev.groupbuy.core.jielong.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberScannerTests {

    @ParameterizedTest
    @CsvSource({"2盒,2,盒", "1.5斤,1.5,斤", "3 箱,3,箱", "1斤半,1.5,斤", "2kg,2,kg", "6,6,"})
    void readsDigitQuantitiesWithTheirUnit(String text, String value, String unit) {
        NumberScanner.Reading r = NumberScanner.digits(text, 0, List.of());

        assertThat(r.quantity()).isTrue();
        assertThat(r.value()).isEqualByComparingTo(value);
        assertThat(r.unit()).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"17:30后取", "8点", "50元", "25号", "10斤装", "25/盒", "3点半"})
    void recognisesNumbersThatAreNotQuantities(String text) {
        assertThat(NumberScanner.digits(text, 0, List.of()).quantity()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"两盒,2,盒", "一斤半,1.5,斤", "半斤,0.5,斤", "十二袋,12,袋", "三,3,"})
    void readsChineseNumeralQuantities(String text, String value, String unit) {
        NumberScanner.Reading r = NumberScanner.numeral(text, 0, false, List.of());

        assertThat(r.value()).isEqualByComparingTo(value);
        assertThat(r.unit()).isEqualTo(unit);
    }

    @Test
    void leavesNumeralsInsideNicknamesAlone() {
        assertThat(NumberScanner.numeral("三妹", 0, false, List.of())).isNull();
        assertThat(NumberScanner.numeral("一休", 0, false, List.of())).isNull();
        assertThat(NumberScanner.numeral("小三", 1, true, List.of())).isNull();
    }

    @Test
    void readsHalfOfACountedUnitSoThatTheUnitCheckCanAskAboutIt() {
        NumberScanner.Reading half = NumberScanner.numeral("半只", 0, false, List.of());

        assertThat(half.value()).isEqualByComparingTo("0.5");
        assertThat(half.unit()).isEqualTo("只");
    }

    @Test
    void readsANumeralGluedToANameWhenAUnitFollows() {
        assertThat(NumberScanner.numeral("两斤", 0, true, List.of()).value()).isEqualByComparingTo("2");
    }
}
