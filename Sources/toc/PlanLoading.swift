import TocKit

/// Loads plans with the `toc.config` of their folder, reporting each configuration file's problems once.
struct PlanLoading {
    private var reported: Set<String> = []
    /// Whether a configuration file had errors (the run then fails, as for a plan with errors).
    private(set) var configurationFailed = false

    mutating func analysis(of path: String, formatter: AnnotatedFormatter) throws(TocError) -> Analysis {
        let (configuration, problems) = try ConfigurationFile.load(forPlanAt: path)
        if let problems, reported.insert(problems.file.path).inserted {
            Console.error(formatter.format(problems.diagnostics, in: problems.file) + "\n")
            configurationFailed = configurationFailed || problems.diagnostics.hasErrors
        }
        return Analysis(file: try PlanLoader.load(path: path), configuration: configuration)
    }
}
