package dev.groupbuy.admin.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member's name and role in a group: {@code leader}, {@code assistant} or {@code resident}. */
record MemberRequest(
        @Size(max = 255) String name,
        @NotBlank @Size(max = 16) String role) {}
