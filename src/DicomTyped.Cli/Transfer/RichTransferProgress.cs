using System;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;

namespace DicomTyped.Cli.Transfer;

/// <summary>
/// Progress on a terminal: a Spectre.Console bar over bytes when the total is known (store), over instances otherwise
/// (retrieve learns only the instance count up front), with instances, bytes and rate in its description.
/// </summary>
internal sealed class RichTransferProgress(IAnsiConsole console) : ITransferProgressHost
{
    public Task<T> RunAsync<T>(string verb, int expectedInstances, long expectedBytes, Func<ITransferProgress, Task<T>> transfer, CancellationToken cancellationToken) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
            .StartAsync(async context =>
            {
                var counter = new TransferCounter(expectedInstances, expectedBytes);
                var task = context.AddTask(verb, maxValue: 1);
                var bar = new Bar(verb, counter, task);
                bar.Refresh();
                var result = await transfer(bar).ConfigureAwait(false);
                bar.Refresh();
                task.Value = task.MaxValue;
                task.StopTask();
                return result;
            });

    private sealed class Bar(string verb, TransferCounter counter, ProgressTask task) : ITransferProgress
    {
        public void Add(int instances, long bytes)
        {
            counter.Add(instances, bytes);
            Refresh();
        }

        public void AddExpected(int instances, long bytes)
        {
            counter.AddExpected(instances, bytes);
            Refresh();
        }

        public void Refresh()
        {
            var byBytes = counter.ExpectedBytes > 0;
            task.MaxValue = Math.Max(1, byBytes ? counter.ExpectedBytes : counter.ExpectedInstances);
            task.Value = byBytes ? counter.Bytes : counter.Instances;
            task.Description = $"{verb} {Markup.Escape(counter.Describe())}";
        }
    }
}
