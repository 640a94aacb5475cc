package vn.onestop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per service, in JVM mode as deployed (the packaged app, deploy/local/suite): the time from
 * starting the process to its first successful API request, and its resident memory after the load
 * the other benchmarks put on it.
 */
final class Footprint {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    Map<String, Object> residentMemory() {
        Map<String, Object> rss = new LinkedHashMap<>();
        for (String service : new String[] {"investor-service", "licensing-service"}) {
            rss.put(service + " RSS MiB", rssMiB(pid(service)));
        }
        return rss;
    }

    Map<String, Object> startUp(Api api) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        String[][] services = {
            {"investor-service", api.investor + "/investors/me", "investor1"},
            {"licensing-service", api.licensing + "/applications?size=1", "investor1"}
        };
        for (String[] service : services) {
            suite("stop", service[0]);
            api.token(service[2]);
            long start = System.nanoTime();
            suite("start", service[0]);
            Api.require(api.get("first request", service[2], service[1]), 200);
            result.put(
                    service[0] + " first request s",
                    CaseLoad.round((System.nanoTime() - start) / 1e9));
        }
        return result;
    }

    private static long pid(String service) {
        try {
            Path pids = ROOT.resolve(Api.env("STATE", "bench/target/suite")).resolve("pids");
            return Files.readAllLines(pids).stream()
                    .map(line -> line.split(" "))
                    .filter(parts -> parts[0].equals(service))
                    .mapToLong(parts -> Long.parseLong(parts[1]))
                    .reduce((first, last) -> last)
                    .orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double rssMiB(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("[^0-9]", ""))
                    .mapToDouble(kib -> CaseLoad.round(Long.parseLong(kib) / 1024.0))
                    .findFirst()
                    .orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void suite(String action, String service) throws Exception {
        Process process =
                new ProcessBuilder(ROOT.resolve("deploy/local/suite").toString(), action, service)
                        .inheritIO()
                        .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(
                    "deploy/local/suite " + action + " " + service + " failed");
        }
    }
}
