namespace Layanan.Core.Requests;

/// <summary>Thrown by <see cref="ServiceRequest"/> when an action is not allowed in the current state.
/// The message is Indonesian and safe to show to the user.</summary>
public sealed class InvalidTransitionException(string message) : Exception(message);
