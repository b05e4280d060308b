using Sahifa.Web.Cli;

return await SahifaCli.RunAsync(args, Console.Out, Console.Error);
