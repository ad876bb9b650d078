package dev.groupbuy.core.jielong.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PackSpecsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "330ml*12罐 2箱|330ml*12罐",
                "250ml*16 2箱|250ml*16",
                "80抽*6包|80抽*6包",
                "125g×4盒|125g×4盒",
                "45*50 2卷|45*50"
            })
    void readsAPackSpecificationAsOne(String text, String spec) {
        assertThat(text.substring(0, PackSpecs.scan(text, 0))).isEqualTo(spec);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2x3", "4x2", "2盒", "1*2", "12罐"})
    void leavesQuantitiesAlone(String text) {
        assertThat(PackSpecs.scan(text, 0)).isEqualTo(-1);
    }
}
