package dev.groupbuy.benchmarks.load;

/** Participant names for generated chains: distinct per group and line, readable in a report. */
final class ChainLines {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"芳", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明"};

    private ChainLines() {}

    /**
     * A realistic, unique name for line {@code k} (unique for k below 12 x 14 x 14); groups reuse the same
     * names, as neighbouring groups do.
     */
    static String participant(int group, int k) {
        int given = k / SURNAMES.length;
        return SURNAMES[k % SURNAMES.length]
                + GIVEN[given % GIVEN.length]
                + GIVEN[(given / GIVEN.length + 7) % GIVEN.length];
    }
}
