const char* used[] = {"ui.greeting", "ui.items"};
