package dev.groupbuy.admin.console;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its chromedriver: a real browser on the console's pages. The binaries
 * are {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} unless {@code groupbuy.it.chromium} / {@code
 * groupbuy.it.chromedriver} name others; Selenium Manager is never asked to download anything.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("groupbuy.it.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("groupbuy.it.chromedriver", "/usr/bin/chromedriver"));

    /** The flags of ../shared/STACK.md. */
    private static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private static final int MIN_WINDOW_WIDTH = 500;

    private final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(100));
    }

    /** Why the browser cannot run here, or {@code null} when it can. */
    static String problem() {
        if (!Files.isExecutable(CHROMIUM)) {
            return CHROMIUM + " is missing (apt-get install chromium)";
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return CHROMEDRIVER + " is missing (apt-get install chromium-driver)";
        }
        return null;
    }

    static Browser open(int port, Path downloads, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--lang=zh-CN");
        if (width < MIN_WINDOW_WIDTH) {
            // a window is never narrower than 500 px: a phone is emulated, as DevTools' device mode does
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of(
                            "deviceMetrics",
                            Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        } else {
            options.addArguments("--window-size=" + width + "," + height);
        }
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("intl.accept_languages", "zh-CN");
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), "http://127.0.0.1:" + port);
    }

    WebDriver driver() {
        return driver;
    }

    void go(String path) {
        driver.get(base + path);
    }

    /** Opens {@code path} and signs in with {@code token} as a person would: typed, then Enter. */
    void signIn(String path, String token) {
        go(path);
        WebElement input = visible(By.id("token"));
        input.sendKeys(token, Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("token")));
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement clickable(By by) {
        return wait.until(ExpectedConditions.elementToBeClickable(by));
    }

    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The page as it is, from its top (no field focused). */
    void screenshot(Path file) throws java.io.IOException {
        script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        save(file);
    }

    /** The page scrolled to {@code element} (no field focused). */
    void screenshot(Path file, By element) throws java.io.IOException {
        script(
                "document.activeElement && document.activeElement.blur(); arguments[0].scrollIntoView()",
                driver.findElement(element));
        save(file);
    }

    private void save(Path file) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
