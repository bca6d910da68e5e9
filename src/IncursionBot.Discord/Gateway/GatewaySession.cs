namespace IncursionBot.Discord.Gateway;

/// <summary>What a RESUME needs: the session id and resume URL from READY, and the last sequence number seen.</summary>
internal sealed class GatewaySession
{
    private readonly Lock _gate = new();
    private string? _id;
    private Uri? _resumeUrl;
    private long? _sequence;

    public bool CanResume
    {
        get
        {
            lock (_gate)
            {
                return _id is not null && _resumeUrl is not null;
            }
        }
    }

    public string? Id
    {
        get
        {
            lock (_gate)
            {
                return _id;
            }
        }
    }

    public Uri? ResumeUrl
    {
        get
        {
            lock (_gate)
            {
                return _resumeUrl;
            }
        }
    }

    public long? Sequence
    {
        get
        {
            lock (_gate)
            {
                return _sequence;
            }
        }
    }

    public void Observe(long? sequence)
    {
        if (sequence is null)
        {
            return;
        }

        lock (_gate)
        {
            _sequence = _sequence is { } last && last > sequence ? last : sequence;
        }
    }

    public void Start(string id, Uri resumeUrl)
    {
        lock (_gate)
        {
            _id = id;
            _resumeUrl = resumeUrl;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _id = null;
            _resumeUrl = null;
            _sequence = null;
        }
    }
}
