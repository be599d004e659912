// Placeholder until the CLI lands.
return 0;

public partial class Program;
