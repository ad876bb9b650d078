package dev.groupbuy.benchmarks.load;

/** Participant names for generated chains: distinct per group and line, readable in a report. */
final class ChainLines {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"芳", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明"};

    private ChainLines() {}

    static String participant(int group, int k) {
        return SURNAMES[k % SURNAMES.length] + GIVEN[(k / SURNAMES.length) % GIVEN.length] + "G" + group + "N" + k;
    }
}
