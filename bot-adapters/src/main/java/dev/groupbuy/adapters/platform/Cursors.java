package dev.groupbuy.adapters.platform;

/** Port: where a pull from a platform stopped, kept across restarts and shared by instances. */
public interface Cursors {

    /** @return the stored position, or 0 before the first save */
    long position(String name);

    void save(String name, long position);
}
