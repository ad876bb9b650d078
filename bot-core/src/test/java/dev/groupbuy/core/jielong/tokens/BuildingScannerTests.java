package dev.groupbuy.core.jielong.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BuildingScannerTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "3栋502 2盒|3栋502",
                "11栋2单元301,1箱|11栋2单元301",
                "9号楼1单元 陈哥|9号楼1单元",
                "8幢1单元|8幢1单元",
                "3号楼2门|3号楼2门",
                "5-2-301 魏东|5-2-301",
                "B座1203|B座1203",
                "A区3栋 1盒|A区3栋",
                "东门 1袋|东门",
                "7号楼 2提|7号楼",
                "3栋 1盒|3栋",
                "15号1103室 1盒|15号1103室",
                "5号601 王姐|5号601",
                "B2会议室 C1|B2会议室",
                "B1停车场取|B1停车场",
                "三栋一单元四零二刘二斤|三栋一单元四零二",
                "十二栋二单元陈爷爷|十二栋二单元"
            })
    void readsBuildingNotes(String text, String note) {
        int end = Math.max(BuildingScanner.scan(text, 0, List.of()), BuildingScanner.codeBeforeAPlace(text, 0));

        assertThat(text.substring(0, end)).isEqualTo(note);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2盒", "1号2袋", "1号200g", "Amy", "西门吹雪", "东西", "12"})
    void leavesOtherTextAlone(String text) {
        assertThat(BuildingScanner.scan(text, 0, List.of())).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3栋5022盒"})
    void stopsBeforeDigitsFollowedByAUnit(String text) {
        assertThat(BuildingScanner.scan(text, 0, List.of())).isEqualTo(2);
    }
}
