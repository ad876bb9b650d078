package dev.groupbuy.core.jielong.layout;

/** The number a line starts with ({@code 1.}, {@code 1、}, {@code ①} …) and where the rest of the line begins. */
public record SequenceNumber(int value, int bodyStart) {}
