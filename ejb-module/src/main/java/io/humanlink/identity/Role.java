package io.humanlink.identity;

/** What an account may do; carried as the {@code groups} claim of access tokens. */
public enum Role {
    USER, FRIEND, MANAGER, ADMIN;

    public static final String USER_NAME = "USER";
    public static final String FRIEND_NAME = "FRIEND";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String ADMIN_NAME = "ADMIN";
}
