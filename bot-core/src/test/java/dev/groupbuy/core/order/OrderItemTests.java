package dev.groupbuy.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderItemTests {

    @Test
    void keepsWholeQuantitiesPlainWhenStrippingZeros() {
        assertThat(OrderItem.of("A", "10.000").qty().toString()).isEqualTo("10");
        assertThat(OrderItem.of("A", "100").qty().toString()).isEqualTo("100");
    }

    @Test
    void keepsHalves() {
        assertThat(OrderItem.of("A", "1.500").qty().toString()).isEqualTo("1.5");
    }

    @Test
    void refusesZeroOrNegativeQuantities() {
        assertThatThrownBy(() -> OrderItem.of("A", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderItem.of("A", "-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
