// The program is the command line: arguments in, text on standard output and error, an exit code out.
return await ActionPlan.Cli.CommandLine.RunAsync(args, Console.Out, Console.Error);
